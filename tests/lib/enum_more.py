# versions: 3.8 3.10 3.11 3.12 3.13
import enum
from enum import Enum, auto, IntEnum, Flag
class Color(Enum):
    _order_ = 'RED GREEN'
    RED = auto()
    GREEN = auto()
print(Color._member_names_, Color._value2member_map_, str(Color), repr(Color.GREEN))
class Period(Enum):
    _ignore_ = 'Period i'
    Period = vars()
    for i in range(3):
        Period['day_%d' % i] = i
print(list(Period), Period.day_1)
class Mood(Enum):
    FUNKY = 1
    HAPPY = 3
    def describe(self):
        return self.name, self.value
    def __str__(self):
        return 'my custom str! {0}'.format(self.value)
    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY
print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY), format(Mood.FUNKY), f'{Mood.HAPPY:>20}')
class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2
print(f'{Shape.SQUARE:>5}|', '{:d}'.format(Shape.CIRCLE), Shape.CIRCLE < 2, max(Shape), Shape['SQUARE'])
class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, 'P.X')
    PY = (1, 'P.Y')
print(Coord.PY.label, Coord(1), Coord.PX.value)
class AutoName(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name
class Ordinal(AutoName):
    NORTH = auto()
    SOUTH = auto()
print([o.value for o in Ordinal])
Ani = Enum('Ani', 'ANT BEE', start=10)
print(list(Ani), Ani.__module__)
class Perm(Flag):
    R = auto(); W = auto(); X = auto()
    RWX = R | W | X
print(Perm.RWX, repr(Perm.R | Perm.X), Perm.W in Perm.RWX, [p.name for p in Perm])
try:
    class E(Enum):
        a = 1
        def a(self): pass
except TypeError as e:
    print('TypeError', e)
print(isinstance(Color.RED, Enum), issubclass(Color, Enum), Color.RED is Color['RED'], Color.__name__, Color.__qualname__)
