# __match_args__ (3.10+) and pattern matching on dataclasses.
from dataclasses import dataclass, field, KW_ONLY
@dataclass
class Point:
    x: int
    y: int = 0
    hidden: int = field(default=0, init=False)
print('match_args', Point.__match_args__)
def where(p):
    match p:
        case Point(0, 0):
            return 'origin'
        case Point(x, 0):
            return 'on x at %d' % x
        case Point(x=0, y=y):
            return 'on y at %d' % y
        case Point():
            return 'elsewhere'
        case _:
            return 'not a point'
for v in [Point(0), Point(3), Point(0, 4), Point(1, 1), 5]:
    print(where(v))
@dataclass(match_args=False)
class NoMA:
    a: int
print('no match_args', hasattr(NoMA, '__match_args__'))
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
def positional_no_ma(v):
    match v:
        case NoMA(1):
            return 'one'
    return 'none'
attempt('positional without match_args', lambda: positional_no_ma(NoMA(1)))
@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 0
print('kw_only excluded', KW.__match_args__)
@dataclass
class Own:
    a: int
    __match_args__ = ('custom',)
print('explicit kept', Own.__match_args__)
def too_many(v):
    match v:
        case Point(1, 2, 3):
            return 'x'
attempt('too many sub-patterns', lambda: too_many(Point(1, 2)))
