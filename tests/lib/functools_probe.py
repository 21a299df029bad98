# versions: 3.8 3.9 3.12 3.13
import sys
import functools
from functools import (wraps, partial, reduce, total_ordering, lru_cache, cmp_to_key,
                       singledispatch, update_wrapper)
V = sys.version_info[:2]


def attempt(label, fn):
    try:
        print(label, '->', fn())
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)


def deco(f):
    @wraps(f)
    def wrapper(*a, **k):
        """wrapper doc"""
        return f(*a, **k) * 2
    return wrapper


@deco
def double_me(x: int) -> int:
    """Return x."""
    return x


print(double_me(4), double_me.__name__, double_me.__doc__, double_me.__qualname__,
      double_me.__annotations__, double_me.__wrapped__(4))


def f(a, b, c=3, *, d=4):
    return (a, b, c, d)


p = partial(f, 1, d=9)
print(p(2), p(2, 5), p.args, p.keywords, p.func is f)
p2 = partial(p, 7, c=0)
print(p2(), p2.func is f, p2.args, sorted(p2.keywords.items()))
print(repr(partial(max, 1, key=abs)))


class MyPartial(partial):
    pass


print(repr(MyPartial(max, 2)))
attempt('partial(1)', lambda: partial(1))
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 10))
attempt('reduce empty', lambda: reduce(lambda a, b: a, []))


@total_ordering
class Ver:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


print(Ver(1) < Ver(2), Ver(1) > Ver(2), Ver(2) >= Ver(2), Ver(3) <= Ver(2), Ver.__gt__.__name__)
attempt('total_ordering none', lambda: total_ordering(type('X', (), {})))


calls = []


@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x


print([sq(i) for i in (1, 2, 1, 3, 2, 1)], calls)
print(sq.cache_info(), sq.cache_info().hits, type(sq.cache_info()).__name__)
sq.cache_clear()
print(sq.cache_info())


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())


@lru_cache(maxsize=None, typed=True)
def ident(x):
    return x


print(ident(1), ident(1.0), ident.cache_info())
if V >= (3, 9):
    @functools.cache
    def c(x):
        return [x]
    print(c(1) is c(1), c.cache_info(), c.cache_parameters())

print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
attempt('hash key', lambda: hash(cmp_to_key(lambda a, b: 0)(1)))


@singledispatch
def describe(obj):
    return 'object'


@describe.register(int)
def _(obj):
    return 'int %d' % obj


@describe.register
def _(obj: list):
    return 'list of %d' % len(obj)


print(describe(1), describe(True), describe([1, 2]), describe('s'), describe(2.5))
print(describe.dispatch(bool).__name__, sorted(k.__name__ for k in describe.registry))

if V >= (3, 8):
    class Box:
        def __init__(self):
            self.count = 0

        @functools.cached_property
        def value(self):
            """The value."""
            self.count += 1
            return 42

    b = Box()
    print(b.value, b.value, b.count, Box.value.__doc__, 'value' in b.__dict__)

    class Slotted:
        __slots__ = ('x',)

        @functools.cached_property
        def prop(self):
            return 1

    attempt('cached_property slots', lambda: Slotted().prop)

    class Meth:
        @functools.singledispatchmethod
        def go(self, arg):
            return 'default'

        @go.register
        def _(self, arg: int):
            return 'int'

    print(Meth().go(1), Meth().go('x'))


def g():
    pass


print(update_wrapper(lambda: None, g).__name__, functools.WRAPPER_ASSIGNMENTS)
