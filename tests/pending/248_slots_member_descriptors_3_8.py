# version: 3.8
# Member descriptors of slots: repr, __get__/__set__/__delete__, __objclass__, errors.
class P:
    __slots__ = ('x', 'y')
class Q:
    __slots__ = ('x',)
p = P()
print('repr', repr(P.x), repr(P.y), repr(Q.x))
print('type', type(P.x).__name__, type(P.x).__module__ if hasattr(type(P.x), '__module__') else '')
print('name', P.x.__name__, P.x.__qualname__, P.x.__objclass__.__name__)
P.x.__set__(p, 10)
print('set via descriptor', p.x, P.x.__get__(p), P.x.__get__(p, P))
print('get None', P.x.__get__(None, P) is P.x)
P.x.__delete__(p)
print('deleted', hasattr(p, 'x'))
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('get unset via descriptor', lambda: P.x.__get__(p))
attempt('delete unset via descriptor', lambda: P.x.__delete__(p))
attempt('get wrong type', lambda: P.x.__get__(Q()))
attempt('set wrong type', lambda: P.x.__set__(Q(), 1))
attempt('delete wrong type', lambda: P.x.__delete__(1))
attempt('get int', lambda: P.x.__get__(5))
attempt('get no args', lambda: P.x.__get__())
attempt('get None None', lambda: P.x.__get__(None, None))
attempt('set on descriptor attr', lambda: setattr(P.x, '__name__', 'z'))
attempt('doc', lambda: P.x.__doc__)
class Sub(P):
    __slots__ = ('z',)
s = Sub()
P.x.__set__(s, 'sub ok')
print('subclass instance', s.x, Sub.x is P.x, 'x' in Sub.__dict__)
class Shadow(P):
    x = 'class attr shadows'
sh = Shadow()
attempt('shadowed read', lambda: sh.x)
P.x.__set__(sh, 'hidden value')
print('hidden value', P.x.__get__(sh), sh.__dict__)
class Replace:
    __slots__ = ('v',)
desc = Replace.v
class Replace2(Replace):
    v = property(lambda self: 'prop over ' + str(desc.__get__(self)))
r = Replace2(); desc.__set__(r, 1)
print('property over member', r.v)
print('member in mro dicts', [c.__name__ for c in Sub.__mro__ if 'x' in c.__dict__])
print('vars of class', [k for k in vars(P) if not k.startswith('__')])
print('is data descriptor', hasattr(P.x, '__set__'), hasattr(P.x, '__delete__'))
