# Object model: metaclasses, __init_subclass__, __set_name__, descriptors, property, static/classmethods, operators.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', name, sorted(k for k in ns if not k.startswith('__')), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print('Meta.__call__', cls.__name__, a)
        return super().__call__(*a, **k)
class Base(metaclass=Meta, flag=1):
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)
        super().__init_subclass__()
    def __init__(self, x):
        self.x = x
class Child(Base, extra=2):
    pass
c = Child(5)
print(type(Child).__name__, c.x, Child.__qualname__, Child.__module__)
class D:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return obj.__dict__.get(self.name, 'default')
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value * 2
class User:
    attr = D()
u = User()
print(u.attr)
u.attr = 21
print(u.attr, vars(u))
class P:
    def __init__(self): self._v = 0
    @property
    def v(self):
        "the v"
        return self._v
    @v.setter
    def v(self, val): self._v = val
    @v.deleter
    def v(self): print('deleting'); del self._v
p = P(); p.v = 3; print(p.v, P.v.__doc__); del p.v
try:
    p.v
except AttributeError as e:
    print('AttributeError', e)
class K:
    @staticmethod
    def s(a): return a * 2
    @classmethod
    def c(cls, a): return cls.__name__, a
print(K.s(2), K().s(3), K.c(1), K().c(2))
print(K.__dict__['s'], type(K.__dict__['c']).__name__)
class Cnt:
    def __init__(self): self.n = 0
    def __getattr__(self, name): return 'dyn_' + name
    def __setattr__(self, name, value):
        print('setattr', name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print('delattr', name)
        object.__delattr__(self, name)
cn = Cnt(); print(cn.n, cn.zzz); cn.q = 1; del cn.q
class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return f'V({self.x})'
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    __radd__ = __add__
    def __eq__(self, o): return isinstance(o, V) and o.x == self.x
    def __lt__(self, o): return self.x < o.x
    def __len__(self): return self.x
    def __getitem__(self, i):
        if i >= self.x: raise IndexError(i)
        return i * 10
    def __iter__(self): return iter(range(self.x))
    def __contains__(self, v): return v == 1
    def __call__(self, *a): return ('called', a)
    def __bool__(self): return self.x != 0
    def __hash__(self): return hash(self.x)
print(V(1) + V(2), 3 + V(1), V(1) + 4, V(2) == V(2), V(1) < V(2), sorted([V(3), V(1), V(2)]))
print(len(V(4)), list(V(3)), 1 in V(0), 2 in V(5), V(1)(1, 2), bool(V(0)), {V(1): 'a'}[V(1)])
print(V(1) != V(2), V(1) > V(0) if False else 'skip')
try:
    V(1) < 3
except AttributeError as e:
    print('AE', e)
try:
    V(1) <= V(2)
except TypeError as e:
    print('TE', e)
class Old:
    pass
o = Old()
print(o == o, o != Old(), hash(o) == hash(o))
try:
    Old() < Old()
except TypeError as e:
    print(e)
print(Old.__name__, Old.__qualname__, Old.__doc__, Old.__bases__, Old.__dict__['__module__'])
print(dir(Old)[:3])
Old.__name__ = 'New'
print(Old, Old.__name__)
print(isinstance(c, Base), issubclass(Child, (int, Base)), isinstance(3, (str, int)))
print(type('X', (), {'a': 1})().a, type(3), type(type), type(object))
