# version: 3.6
# weakref.proxy: attribute access, operators, ReferenceError once dead.
import weakref
class Target:
    def __init__(self):
        self.v = 1
        self.items = [1, 2, 3]
    def meth(self):
        return 'meth'
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 2
    def __add__(self, o):
        return 'added %r' % (o,)
    def __call__(self, x):
        return 'called %r' % (x,)
    def __iter__(self):
        return iter('ab')
    def __eq__(self, o):
        return True
    __hash__ = None
t = Target()
p = weakref.proxy(t)
print('attr', p.v, p.meth(), len(p), p[2], p + 1, list(p), p == 0, bool(p))
p.v = 5
print('set through', t.v)
del p.v
print('deleted through', hasattr(t, 'v'))
print('type', type(p).__name__, isinstance(p, Target), p.__class__.__name__)
c = weakref.proxy(t, lambda pr: print('proxy callback'))
print('callable proxy type', type(c).__name__, c(7))
print('count', weakref.getweakrefcount(t))
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('hash proxy', lambda: hash(p))
attempt('proxy of int', lambda: weakref.proxy(1))
attempt('proxy of proxy', lambda: weakref.proxy(p))
del t
attempt('dead attr', lambda: p.v)
attempt('dead len', lambda: len(p))
attempt('dead bool', lambda: bool(p))
attempt('dead call', lambda: c(1))
attempt('dead set', lambda: setattr(p, 'v', 1))
attempt('dead str', lambda: str(p))
print('ReferenceError base', ReferenceError.__mro__[1].__name__)
class Plain:
    x = 1
pl = Plain()
pp = weakref.proxy(pl)
attempt('missing attr', lambda: pp.nothing)
attempt('unsupported op', lambda: pp + 1)
attempt('not iterable', lambda: iter(pp))
attempt('not callable', lambda: pp())
print('proxy types', weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
