# version: 3.7
# __subclasses__(): direct subclasses only, in creation order, weakly held.
import gc
class Root: pass
class A(Root): pass
class B(Root): pass
class AA(A): pass
class AB(A, B): pass
print('Root', [c.__name__ for c in Root.__subclasses__()])
print('A', [c.__name__ for c in A.__subclasses__()])
print('B', [c.__name__ for c in B.__subclasses__()])
print('AA', AA.__subclasses__())
print('type', type(Root.__subclasses__()).__name__)
def make():
    class Temp(Root): pass
    return Temp
t = make()
print('with temp', [c.__name__ for c in Root.__subclasses__()])
del t
gc.collect()
print('after del', [c.__name__ for c in Root.__subclasses__()])
D = type('D', (Root,), {})
print('type()', [c.__name__ for c in Root.__subclasses__()])
class X: pass
class Y: pass
class Z(X): pass
try:
    Z.__bases__ = (Y,)
    print('rebased X', X.__subclasses__(), [c.__name__ for c in Y.__subclasses__()])
except TypeError as e:
    print('rebase TypeError: ' + str(e))
print('bool of int', [c.__name__ for c in int.__subclasses__() if c.__name__ == 'bool'])
print('type.__subclasses__', Root.__subclasses__ is not None)
try:
    type.__subclasses__(1)
except TypeError as e:
    print('TypeError: ' + str(e))
