# the class namespace as the body leaves it: __module__, __qualname__, annotations, docstring
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
print(list(C.__dict__), C.__annotations__, C.__doc__, C.__qualname__, C.__module__)
print(list(E.__dict__))
y: "str"
print(__annotations__)
