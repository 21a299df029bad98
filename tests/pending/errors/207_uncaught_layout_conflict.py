# version: 3.12
# Two slotted bases: instance lay-out conflict.
class A:
    __slots__ = ('a',)
class B:
    __slots__ = ('b',)
class AB(A, B):
    pass
