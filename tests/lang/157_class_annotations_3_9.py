# version: 3.9
class A:
    x: int
class B(A):
    pass
class C(A):
    y: str
print(A.__annotations__, B.__annotations__, C.__annotations__)
print(B.__annotations__ is A.__annotations__)
class D:
    pass
try: print(D.__annotations__)
except AttributeError as e: print('AttributeError', e)
D.__annotations__ = {'z': 1}
print(D.__annotations__, D.__dict__['__annotations__'])
del D.__annotations__
try: print(D.__annotations__)
except AttributeError as e: print('AttributeError', e)
try: del D.__annotations__
except AttributeError as e: print('AttributeError', e)
try: print(int.__annotations__)
except AttributeError as e: print('AttributeError', e)
try: int.__annotations__ = {}
except TypeError as e: print('TypeError', e)
print(A().__annotations__)
print('__annotations__' in type.__dict__)
