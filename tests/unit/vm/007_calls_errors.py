# call-site errors and messages, unpacking errors, imports, del, misc statements
def t(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)
def f(a, b): return a, b
t(lambda: f(*1))
t(lambda: f(**1))
t(lambda: f(1, **{"a": 2}))
t(lambda: f(a=1, **{"a": 2}))
t(lambda: f(**{"a": 1}, **{"a": 2}))
t(lambda: [*1])
t(lambda: {**1})
t(lambda: f(1, 2, 3))
t(lambda: f())
t(lambda: f(1, c=2))
class K:
    def m(self, x): pass
    @staticmethod
    def s(x): pass
    @classmethod
    def c(cls, x): pass
t(lambda: K().m())
t(lambda: K.s())
t(lambda: K.c(1, 2))
t(lambda: K().m(1, 2))
def unpack(v):
    a, b = v
t(lambda: unpack([1, 2, 3]))
t(lambda: unpack([1]))
t(lambda: unpack(5))
def unpack_star(v):
    a, *b, c, d = v
t(lambda: unpack_star([1, 2]))
t(lambda: unpack_star(iter([1])))
def it():
    yield 1
    yield 2
    yield 3
a, b, c = it(); print(a, b, c)
t(lambda: unpack(it()))
import sys as system, math
from math import pi, sqrt as root
print(system.__name__, round(pi, 3), root(16))
t(lambda: exec("from sys import nothing"))
t(lambda: exec("import no_such_module_xyz"))
g = {}
exec("from math import *", g)
print("floor" in g, "_private" in g)
x = 1
del x
t(lambda: x)
class D:
    attr = 1
d = D(); d.y = 2
del d.y
t(lambda: d.y)
lst = [1, 2, 3]
del lst[0], lst[-1]
print(lst)
dd = {"a": 1}
del dd["a"]
t(lambda: dd["a"])
t(lambda: exec("del undefined_name_q"))
def gl():
    global newglobal
    newglobal = 5
gl(); print(newglobal)
t(lambda: exec("raise 1"))
t(lambda: exec("raise ValueError from 1"))
t(lambda: exec("try:\n 1/0\nexcept 1: pass"))
t(lambda: exec("with 1: pass"))
class OnlyEnter:
    def __enter__(self): return self
t(lambda: exec("with OnlyEnter(): pass", {"OnlyEnter": OnlyEnter}))
def multi():
    try:
        raise KeyError("x")
    except (TypeError, KeyError) as e:
        return "matched " + repr(e)
print(multi())
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyErr(7)
except MyErr as e:
    print(e, e.code, e.args)
t(lambda: exec("assert 1 == 2, 'custom message'"))
t(lambda: exec("assert []"))
s = "abc"
print(f"{s!r:>8}|{3.14159:.2f}|{s=}|{'x' * 2}|{{literal}}")
n = 5
print(f"{n:#x} {n:08b} {n!s} {'nested ' + f'{n}'}")
class WithSetName:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class Owner:
    field = WithSetName()
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class Sub(Base, tag="t"):
    pass
def class_deco(cls):
    cls.decorated = True
    return cls
@class_deco
class Decorated: pass
print(Decorated.decorated)
class S1:
    def who(self): return "S1"
class S2(S1):
    def who(self):
        def inner():
            return super(S2, self).who()
        return "S2>" + inner()
    @classmethod
    def cm(cls): return super().who.__qualname__
print(S2().who(), S2.cm())
print(type(lambda: 0).__name__, (lambda: 0).__code__.co_name, f.__code__.co_varnames, f.__code__.co_argcount)
