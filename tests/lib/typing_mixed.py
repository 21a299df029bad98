# versions: 3.8 3.9 3.10 3.11 3.12 3.13
# shadow: typing,enum,dataclasses,pprint,inspect
from dataclasses import dataclass, field
from typing import ClassVar, List, Optional, TypeVar, Generic, Protocol, runtime_checkable, NamedTuple, Iterator
import enum, typing

class Color(enum.Enum):
    RED = 'r'
    BLUE = 'b'

@dataclass
class Item:
    name: str
    color: Color = Color.RED
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
    parent: Optional['Item'] = None

i = Item('x')
print(i, Item.count, [f.name for f in __import__('dataclasses').fields(Item)])
print(typing.get_type_hints(Item))
@dataclass(frozen=True, order=True)
class P:
    x: int
    y: int = 0
print(sorted([P(2), P(1, 5)]), hash(P(1)) == hash(P(1)))
import pprint, inspect
pprint.pprint([Item('a' * 30, tags=['t' * 20] * 3)])
print(inspect.signature(Item))
class Shape(enum.IntFlag):
    A = 1
    B = 2
print(Shape.A | Shape.B, list(Shape))

T = TypeVar('T')
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1)
print(s.pop(), Stack[int], Stack.__mro__)
@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str: ...
class Circle:
    def draw(self): return 'o'
print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable))
class Emp(NamedTuple):
    name: str
    dept: str = 'eng'
print(Emp('a'), Emp._fields, Emp.__doc__)
class Weekday(enum.Enum):
    MON = 1
    TUE = 2
    @property
    def is_weekend(self): return False
    def __str__(self): return self.name.title()
print(Weekday.MON, f'{Weekday.TUE}', Weekday.MON.is_weekend, Weekday(2).name)
print([d for d in Weekday], Weekday.__members__.keys())
class Ordinal(enum.IntEnum):
    FIRST = 1
print(Ordinal.FIRST + 1, Ordinal.FIRST == 1, Ordinal(1) is Ordinal.FIRST)
print(hash(Weekday.MON) == hash(Weekday.MON), Weekday.MON.__class__, type(Weekday))
