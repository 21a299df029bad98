# version: 3.13
# Private names in __slots__ are mangled; dunder names are not.
class P:
    __slots__ = ('__a', '__b__', '_c', '__d_')
    def __init__(self):
        self.__a = 'private'
        self.__b__ = 'dunder'
        self._c = 'single'
        self.__d_ = 'trailing'
    def get(self):
        return self.__a
p = P()
print('slots kept as written', P.__slots__)
print('members', sorted(k for k in P.__dict__ if not k.startswith('__') or k.endswith('__') and k not in ('__slots__', '__module__', '__init__', '__doc__', '__qualname__', '__firstlineno__', '__static_attributes__')))
print('mangled', p._P__a, p.get(), p.__b__, p._c, p._P__d_)
print('repr', repr(P._P__a), repr(P.__b__))
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('unmangled name', lambda: p.__a if False else getattr(p, '__a'))
attempt('set unmangled', lambda: setattr(p, '__a', 1))
class _Under:
    __slots__ = ('__x',)
print('leading underscore class', [k for k in _Under.__dict__ if 'x' in k])
class __Dunder:
    __slots__ = ('__y',)
print('all underscore class', [k for k in _Dunder__Dunder.__dict__ if 'y' in k] if False else [k for k in globals()['__Dunder'].__dict__ if 'y' in k])
class ___:
    __slots__ = ('__z',)
print('only underscores', [k for k in ___.__dict__ if 'z' in k])
class Sub(P):
    __slots__ = ('__a',)
    def get2(self):
        return self.__a
s = Sub()
s._Sub__a = 'sub private'
print('subclass separate', s.get(), s.get2())
try:
    class Conflict:
        __slots__ = ('__v',)
        __v = 1
except ValueError as e:
    print('ValueError: ' + str(e))
M = type('M', (), {'__slots__': ('__m',)})
print('type() mangles', [k for k in M.__dict__ if 'm' in k and k != '__module__'])
