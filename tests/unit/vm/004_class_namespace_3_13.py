# version: 3.13
def deco(c): return c
@deco
class C:
    """doc"""
    x: int = 3
    def __init__(self):
        self.__p = 1
    def m(self):
        self.a += 1
class E:
    pass
print(list(C.__dict__))
print(list(E.__dict__))
print(getattr(C, "__static_attributes__", None), getattr(C, "__firstlineno__", None))
