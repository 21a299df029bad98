# version: 2.7
# Classes on Python 2.7: old-style vs new-style, super, descriptors, messages.
from __future__ import print_function
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
class Old:
    def m(self):
        return 'old'
class New(object):
    def m(self):
        return 'new'
print('types', type(Old()).__name__, type(New()).__name__, type(Old).__name__, type(New).__name__)
print('unbound', type(New.m).__name__, repr(New.m).split(' at ')[0])
attempt('unbound call wrong', lambda: New.m(1))
class A(object):
    def f(self):
        return 'A'
class B(A):
    def f(self):
        return 'B>' + super(B, self).f()
print('super', B().f(), [c.__name__ for c in B.__mro__])
attempt('old mro', lambda: Old.__mro__)
class P(object):
    @property
    def x(self):
        return 1
attempt('set property', lambda: setattr(P(), 'x', 2))
class Eq(object):
    def __eq__(self, o):
        return True
attempt('hash with eq only', lambda: hash(Eq()) is not None)
attempt('unorderable', lambda: New() < 1)
attempt('not callable', lambda: New()())
attempt('no attr', lambda: New().zz)
attempt('type 2 args', lambda: type('X', ()))
class D(object):
    def __get__(self, obj, owner):
        return 'desc'
class H(object):
    d = D()
print('descriptor', H().d, H.d)
class N(object):
    def __nonzero__(self):
        return False
    def __len__(self):
        return 5
print('nonzero', bool(N()))
class S(object):
    __slots__ = ('a',)
attempt('slots unset', lambda: S().a)
print('new-style class repr', repr(New).replace('__main__', 'M'))
attempt('init args', lambda: New(1))
class WithInit(object):
    def __init__(self):
        pass
attempt('init args 2', lambda: WithInit(1))
