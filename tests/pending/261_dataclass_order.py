# dataclass(order=True): comparisons as tuples; errors.
from dataclasses import dataclass
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
vs = [Version(1, 2), Version(0, 9), Version(1, 0)]
print('sorted', sorted(vs))
print('ops', Version(1) < Version(1, 1), Version(2) <= Version(2), Version(3) > Version(2, 9), Version(1) >= Version(1, 1))
print('max', max(vs))
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('compare with tuple', lambda: Version(1) < (1, 0))
@dataclass(order=True)
class Other:
    major: int
    minor: int = 0
attempt('compare different class', lambda: Version(1) < Other(2))
@dataclass
class NoOrder:
    a: int
attempt('no order', lambda: NoOrder(1) < NoOrder(2))
def bad_order():
    @dataclass(order=True, eq=False)
    class X:
        a: int
attempt('order without eq', bad_order)
def explicit_lt():
    @dataclass(order=True)
    class X:
        a: int
        def __lt__(self, o):
            return True
attempt('order with explicit __lt__', explicit_lt)
def explicit_ge():
    @dataclass(order=True)
    class Y:
        a: int
        def __ge__(self, o):
            return True
attempt('order with explicit __ge__', explicit_ge)
@dataclass(order=True)
class Sub(Version):
    pass
attempt('subclass compare', lambda: Sub(1) < Version(2))
from dataclasses import field
@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
print('compare=False', Task(1, 'b') < Task(2, 'a'), Task(1, 'x') == Task(1, 'y'), sorted([Task(3, 'c'), Task(1, 'a')]))
print('methods exist', [m for m in ('__lt__', '__le__', '__gt__', '__ge__') if m in Version.__dict__])
print('no order methods', [m for m in ('__lt__', '__le__', '__gt__', '__ge__') if m in NoOrder.__dict__])
