# scopes: closures, nonlocal, global, class scopes, mangling, super, __class__, decorators
x = "global x"
def outer():
    x = "outer x"
    def inner():
        return x
    x = "outer x changed"
    return inner
print(outer()())
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); print(c(), c.__code__.co_freevars, counter.__code__.co_cellvars)
def g():
    global x
    x = "set by g"
g(); print(x)
class A:
    v = 10
    vals = [v * i for i in range(3)]
    try:
        bad = [v for i in range(2)]
    except NameError as e:
        print("class comp:", e)
    def m(self):
        return v
print(A.vals)
try:
    A().m()
except NameError as e:
    print(e)
def f():
    y = 1
    class B:
        y = 2
        def get(self): return y
        z = y
    return B
B = f(); print(B().get(), B.z)
class P:
    def __init__(self):
        self.__secret = 42
        self._P__other = 1
    def reveal(self): return self.__secret
p = P(); print(p.reveal(), p._P__secret, sorted(k for k in vars(p)))
class Base:
    def hello(self): return "base hello from " + type(self).__name__
    @classmethod
    def make(cls): return cls()
class Child(Base):
    def hello(self):
        return "child -> " + super().hello()
    def cls(self): return __class__
print(Child().hello(), Child().cls().__name__, type(Child.make()).__name__)
def deco(tag):
    print("deco evaluated", tag)
    def wrap(fn):
        print("applied", tag)
        def w(*a, **k): return (tag, fn(*a, **k))
        return w
    return wrap
@deco(1)
@deco(2)
def h(a): return a
print(h(5))
def defaults(a, b=[], *args, c, d=3, **kw):
    b.append(a)
    return a, b, args, c, d, kw
print(defaults(1, c=2))
print(defaults(2, c=2))
print(defaults(1, 2, 3, 4, c=5, e=6))
print(defaults.__defaults__, defaults.__kwdefaults__)
def posonly(a, b, /, c, *, d): return a, b, c, d
print(posonly(1, 2, c=3, d=4))
def ann(a: int, b: "str" = "x") -> list: pass
print(ann.__annotations__)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {}
class WithMeta(metaclass=Meta, flag=True):
    a = 1
    def m(self): pass
print(type(WithMeta).__name__, WithMeta.__qualname__, WithMeta.__module__)
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)
def fq():
    def inner(): pass
    return inner
print(fq().__qualname__, (lambda: 0).__qualname__, fq.__name__)
print([f.__name__ for f in (lambda: 1, fq)])
gen = (i * i for i in range(4))
print(type(gen).__name__, list(gen), list(gen))
print({k: v for k, v in zip("ab", range(2))}, {i % 3 for i in range(10)})
i = "outer i"
[i for i in range(3)]
print(i)
print([(a, b) for a in range(3) if a for b in range(a)])
if (n := 10) > 5: print("walrus", n)
print([y := 5, y ** 2])
def wal():
    [z := k for k in range(3)]
    return z
print(wal())
a, *b, c = range(6); print(a, b, c)
(d, e), f = [1, 2], 3; print(d, e, f)
first, *rest = "hello"; print(first, rest)
t = 1, 2, 3
print(*t, sep="-")
print(*[1], *[2, 3], **{"sep": "+"})
def kwonly(*, a): return a
try:
    kwonly(1)
except TypeError as e: print(e)
def free_unbound():
    def inner(): return later
    try:
        inner()
    except NameError as e:
        print(e)
    later = 1
free_unbound()
def local_unbound():
    try:
        print(q)
    except UnboundLocalError as e:
        print(e)
    q = 1
local_unbound()
class Slotted:
    __slots__ = ("a", "__b")
    def __init__(self): self.a = 1; self.__b = 2
    def get(self): return self.__b
s = Slotted(); print(s.get(), Slotted.__slots__)
try:
    s.zzz = 1
except AttributeError as e:
    print(e)
