# versions: 3.8 3.10 3.12 3.13
import functools
import inspect


def deco(fn):
    @functools.wraps(fn)
    def inner(*a):
        return fn(*a)
    return inner


def simple(x):
    return x + 1


@deco
def decorated(a,
              b=2):
    """Doc."""
    # a comment inside
    if a:

        return a
    # a comment at the end of the body
    return b
# a comment after


class Shape:
    """A shape."""

    sides = 0

    def area(self):
        raise NotImplementedError

    @property
    def name(self):
        return type(self).__name__


class Square(Shape):
    sides = 4

    def area(self, side=1): return side * side


one_liner = lambda v: v * 2


print(inspect.getsource(simple), end='---\n')
print(inspect.getsource(decorated), end='---\n')
print(inspect.getsourcelines(decorated)[1], inspect.getsourcelines(simple)[1])
print(inspect.getsource(Shape), end='---\n')
print(inspect.getsource(Square.area), end='---\n')
print(inspect.getsource(Square().area), end='---\n')
print(inspect.getsource(Shape.area), end='---\n')
print(inspect.getsource(one_liner), end='---\n')
print(inspect.getsource(Square), end='---\n')
print(inspect.getfile(simple).endswith('inspect_source.py'), inspect.getfile(Shape).endswith('inspect_source.py'))
try:
    inspect.getsource(len)
except TypeError as e:
    print('TypeError', e)
