# isinstance, issubclass, hasattr/getattr/setattr/delattr, type, vars, dir, callable, id.
class A: pass
class B(A):
    cls_attr = 1
    def __init__(self):
        self.inst = 2
    def meth(self):
        return 'm'
b = B()
print(isinstance(b, A), isinstance(b, (int, B)), isinstance(1, bool), isinstance(True, int), isinstance(3, (str, float)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)), issubclass(bool, int), issubclass(int, object))
print(hasattr(b, 'inst'), hasattr(b, 'cls_attr'), hasattr(b, 'nope'), getattr(b, 'inst'), getattr(b, 'nope', 'dflt'))
setattr(b, 'dyn', 3); print(b.dyn, vars(b))
delattr(b, 'dyn'); print(hasattr(b, 'dyn'))
print(type(b), type(b).__name__, type(B), type(type), type(1), type('s'), type([]), type(None).__name__)
print(sorted(k for k in vars(B) if not k.startswith('__')), [n for n in dir(b) if not n.startswith('_')])
print('append' in dir([]), 'upper' in dir(str), callable(b.meth), callable(b), callable(len), callable(B))
print(id(b) == id(b), id(b) != id(B()), type(id(b)).__name__)
print(getattr(b, 'meth')(), getattr(B, '__name__'), getattr([], '__len__')())
T = type('T', (A,), {'x': 5, 'f': lambda self: self.x * 2})
print(T.__name__, T().f(), issubclass(T, A), T.__bases__)
try:
    getattr(b, 'missing')
except AttributeError as e:
    print('AttributeError:', e)
try:
    isinstance(1, 2)
except TypeError as e:
    print('TypeError:', e)
