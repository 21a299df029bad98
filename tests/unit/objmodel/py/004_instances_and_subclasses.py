# Object model: __new__/__init__ results, __set_name__ errors, weakrefs, __subclasses__, builtin subclasses.
def t(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '!', type(e).__name__ + ':', e, repr(e.__cause__), getattr(e, '__notes__', None))
class D:
    def __set_name__(self, owner, name): raise ValueError('boom')
def mk():
    class C:
        x = D()
t('set_name error', mk)
class Other: pass
class Weird:
    def __new__(cls): return Other()
    def __init__(self): print('Weird.__init__ called')
t('new other', lambda: type(Weird()).__name__)
class Single:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None: cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v): self.v = v
a = Single(1); b = Single(2)
t('singleton', lambda: (a is b, a.v))
import weakref, gc
class W: pass
w = W()
r = weakref.ref(w)
t('weakref alive', lambda: r() is w)
del w
t('weakref dead', lambda: r())
class Parent: pass
class Kid(Parent): pass
t('subclasses', lambda: [c.__name__ for c in Parent.__subclasses__()])
del Kid
gc.collect()
t('subclasses after del', lambda: [c.__name__ for c in Parent.__subclasses__()])
t('sm attrs', lambda: (staticmethod(len).__wrapped__, staticmethod(len).__isabstractmethod__))
def f(): "fdoc"
t('sm name', lambda: (staticmethod(f).__name__, staticmethod(f).__doc__, classmethod(f).__qualname__))
class Abstract:
    @property
    def p(self): return 1
t('prop isabstract', lambda: Abstract.p.__isabstractmethod__)
t('prop fget', lambda: Abstract.p.fget.__name__)
class Cls:
    x = 1
    def m(self): pass
t('Cls.m', lambda: Cls.m.__qualname__)
t('bound', lambda: str(Cls().m)[:35])
t('cmp methods', lambda: Cls().m == Cls().m)
t('getattr default', lambda: getattr(Cls(), 'zz', 'dflt'))
t('hasattr', lambda: (hasattr(Cls, 'x'), hasattr(Cls(), 'y')))
t('setattr class', lambda: (setattr(Cls, 'y', 5), Cls().y))
t('delattr class', lambda: (delattr(Cls, 'y'), hasattr(Cls, 'y')))
class Slotted:
    __slots__ = ('a',)
    b = 5
t('read-only class attr', lambda: setattr(Slotted(), 'b', 1))
t('slot desc on class', lambda: Slotted.a.__get__(None, Slotted))
t('Slotted __dict__', lambda: Slotted().__dict__)
t('Slotted __weakref__', lambda: weakref.ref(Slotted()))
class WS:
    __slots__ = ('__weakref__',)
t('WS weakref', lambda: weakref.ref(WS()) is not None)
t('dir slotted', lambda: [n for n in dir(Slotted()) if not n.startswith('__')])
class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise E('bad', 3)
except E as e:
    t('exc subclass', lambda: (str(e), e.code, e.args, type(e).__mro__[1].__name__))
class L(list):
    def append(self, x): super().append(x * 2)
l = L([1]); l.append(2)
t('list subclass', lambda: (l, len(l), type(l[:]).__name__, l + [1]))
class DD(dict):
    def __missing__(self, k): return k * 2
t('dict missing', lambda: DD(a=1)['zz'])
class MyInt(int):
    def __add__(self, o): return 'MyInt.add'
t('int sub add', lambda: (MyInt(1) + 1, 1 + MyInt(1), MyInt(5) * 2, repr(MyInt(7))))
class MyStr(str):
    def shout(self): return self.upper() + '!'
t('str sub', lambda: (MyStr('hi').shout(), MyStr('a') + 'b', type(MyStr('a') + 'b').__name__))
