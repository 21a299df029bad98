# version: 3.13
# An inconsistent method resolution order at class creation.
class A: pass
class B(A): pass
class C(A, B):
    pass
