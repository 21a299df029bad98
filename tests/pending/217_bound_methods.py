# Bound methods: __self__, __func__, equality, calling, argument errors.
class C:
    def __init__(self, n):
        self.n = n
    def m(self, x):
        return self.n + x
    def __repr__(self):
        return 'C(%d)' % self.n
    def noargs():
        return 'no self'
c = C(10)
bm = c.m
print('call', bm(5), C.m(c, 6))
print('self/func', bm.__self__, bm.__func__ is C.m, bm.__name__, bm.__qualname__)
print('type', type(bm).__name__, type(C.m).__name__)
print('repr', repr(bm))
print('eq', c.m == c.m, c.m is c.m, c.m == C(10).m, c.m != C(10).m)
print('hashable', hash(c.m) == hash(c.m))
print('doc', bm.__doc__)
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('too many', lambda: c.m(1, 2))
attempt('too few', lambda: c.m())
attempt('unbound too few', lambda: C.m(c))
attempt('noargs on instance', lambda: c.noargs())
attempt('noargs on class', lambda: C.noargs())
attempt('kw unknown', lambda: c.m(y=1))
attempt('kw dup', lambda: c.m(1, x=2))
attempt('set attr on method', lambda: setattr(bm, 'tag', 1))
bm.__func__.tag = 'via func'
attempt('read through', lambda: bm.tag)
import types
attempt('MethodType', lambda: (lambda mt: (mt(), mt.__self__))(types.MethodType(lambda self: 'bound ' + repr(self), c)))
attempt('MethodType none', lambda: types.MethodType(len, None))
attempt('MethodType noncallable', lambda: types.MethodType(1, c))
c.m2 = C.m.__get__(c, C)
print('manual bind', c.m2(1))
print('builtin bound', [].append.__self__, type([].append).__name__, (1).__add__(2))
print('builtin name', [].append.__name__, [].append.__qualname__)
print('repr builtin', repr(list.append), repr(dict.fromkeys)[:40])
class K:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
    def m(self): pass
k1, k2 = K(), K()
print('method eq uses identity', k1.m == k2.m)
