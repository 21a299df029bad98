# version: 2.7
# __slots__ on Python 2.7: new-style classes only, messages of 2.7.
from __future__ import print_function
class P(object):
    __slots__ = ('x', 'y')
p = P()
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('unset', lambda: p.x)
attempt('set unknown', lambda: setattr(p, 'z', 1))
attempt('del unset', lambda: delattr(p, 'x'))
print('member repr', repr(P.x))
attempt('conflict', lambda: type('C', (object,), {'__slots__': ('v',), 'v': 1}))
attempt('non-identifier', lambda: type('C', (object,), {'__slots__': ('a b',)}))
attempt('non-string', lambda: type('C', (object,), {'__slots__': (1,)}))
attempt('int nonempty', lambda: type('C', (int,), {'__slots__': ('a',)}))
attempt('long nonempty', lambda: type('C', (long,), {'__slots__': ('a',)}))
attempt('str nonempty', lambda: type('C', (str,), {'__slots__': ('a',)}))
attempt('tuple nonempty', lambda: type('C', (tuple,), {'__slots__': ('a',)}))
attempt('layout', lambda: type('C', (P, type('Q', (object,), {'__slots__': ('q',)})), {}))
class Old:
    __slots__ = ('x',)
o = Old()
o.anything = 1
print('old-style ignores slots', o.anything, type(o).__name__)
class WithDict(object):
    __slots__ = ('a', '__dict__')
w = WithDict(); w.b = 2
print('dict slot', w.__dict__)
attempt('vars', lambda: vars(p))
attempt('weakref', lambda: __import__('weakref').ref(p))
class Mangled(object):
    __slots__ = ('__a',)
print('mangled', [k for k in Mangled.__dict__ if 'a' in k and not k.startswith('__')])
print('unicode slot', type('U', (object,), {'__slots__': (u'a',)}).__slots__)
