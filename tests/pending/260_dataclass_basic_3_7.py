# version: 3.7
# dataclass: generated __init__, __repr__, __eq__; defaults; field order; existing methods kept.
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int = 0
    label: str = 'p'
p = Point(1)
print('repr', p, Point(1, 2, 'q'), repr(Point(x=3, label='L')))
print('eq', Point(1) == Point(1), Point(1) == Point(2), Point(1) != Point(1, 1), Point(1) == (1, 0, 'p'))
print('hash', Point.__hash__)
print('fields order', list(Point.__dataclass_fields__))
print('init signature defaults', Point.__init__.__defaults__)
print('class defaults', Point.y, Point.label)
print('annotations', Point.__annotations__)
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('missing arg', lambda: Point())
attempt('too many', lambda: Point(1, 2, 3, 4))
attempt('unknown kw', lambda: Point(1, z=2))
attempt('dup', lambda: Point(1, x=2))
@dataclass
class Custom:
    a: int
    def __repr__(self):
        return 'custom repr'
    def __eq__(self, o):
        return 'custom eq'
print('kept', Custom(1), Custom(1) == Custom(2))
@dataclass()
class Parens:
    v: int = 5
print('parens', Parens())
@dataclass(init=False, repr=False, eq=False)
class Bare:
    a: int = 1
b = Bare()
print('bare', b.a, type(b).__repr__ is object.__repr__, Bare.__eq__ is object.__eq__)
@dataclass
class Nested:
    inner: Point
    items: list
print('nested', Nested(Point(1), [1, 2]))
@dataclass
class Empty:
    pass
print('empty', Empty(), Empty() == Empty())
@dataclass
class WithClassVar:
    x: int
    not_field = 'no annotation'
print('non-annotated', WithClassVar(1), WithClassVar.not_field)
@dataclass
class Strs:
    s: str = 'a\nb'
    q: str = "it's"
print('repr of strs', Strs())
print('dataclass params', Point.__dataclass_params__.__class__.__name__)
print('is eq compare tuple order', Point(1, 2) == Point(1, 2), Point(2, 1) == Point(1, 2))
@dataclass
class Other:
    x: int
    y: int = 0
    label: str = 'p'
print('different classes not equal', Point(1) == Other(1))
@dataclass
class SubPoint(Point):
    pass
print('subclass not equal', Point(1) == SubPoint(1), SubPoint(1))
print('qualname repr', Point.__repr__.__qualname__ if hasattr(Point.__repr__, '__qualname__') else '')
