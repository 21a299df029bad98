# versions: 3.8 3.9 3.10 3.11 3.12 3.13
import sys
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique

V = tuple(sys.version_info)[:2]


def attempt(label, fn):
    try:
        print(label, '->', fn())
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return '%s is %s' % (self.name, self.value)

    @classmethod
    def favourite(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color, type(Color.RED))
print(list(Color), len(Color), Color(2), Color['BLUE'], Color.CRIMSON is Color.RED)
print(Color.RED.describe(), Color.favourite(), isinstance(Color.RED, Color))
print(list(Color.__members__), Color.__members__['CRIMSON'])
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE, hash(Color.RED) == hash(Color.RED))
print('{}'.format(Color.RED), format(Color.RED), f'{Color.GREEN!r}', '%s' % Color.BLUE)
print(Color.RED in Color, {Color.RED: 'r'}[Color.CRIMSON], sorted(Color, key=lambda c: c.value)[-1])
attempt('Color(7)', lambda: Color(7))
attempt("Color['PINK']", lambda: Color['PINK'])
attempt('lt', lambda: Color.RED < Color.BLUE)


def reassign():
    Color.RED = 5


attempt('reassign', reassign)


def extend():
    class More(Color):
        PINK = 4


attempt('extend', extend)
print(type(Color).__name__, Color.RED.__class__.__name__, Color.__name__)


class Num(IntEnum):
    ONE = 1
    TWO = 2


print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO * 3, Num.ONE == 1, Num(2), int(Num.TWO))
print('{}'.format(Num.ONE), format(Num.TWO, '>4'), '%d' % Num.TWO, f'{Num.ONE}', str(Num.ONE))
print(sorted([Num.TWO, Num.ONE]), Num.ONE < Num.TWO, isinstance(Num.ONE, int))


class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


print(list(Auto), Auto.D.value)


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    X = auto()
    Y = auto()


print(Named.X.value, Named.Y, repr(Named.Y))


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(Perm.R, repr(rw), rw.value, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X))
print(repr(Perm.R & Perm.X), rw & Perm.R, Perm(6) is rw, Perm(0))
print(str(rw), list(Perm))


class Bits(IntFlag):
    A = 1
    B = 2
    C = 4


ab = Bits.A | Bits.B
print(repr(ab), str(ab), ab + 1, ab == 3, Bits.A | 8, repr(Bits(0)), format(Bits.C))


class FlagAuto(Flag):
    ONE = auto()
    TWO = auto()
    FOUR = auto()


print([f.value for f in FlagAuto])


def dup():
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 2
        FOUR = 1


attempt('unique', dup)


def reuse():
    class Bad(Enum):
        A = 1
        A = 2


attempt('reuse', reuse)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.EARTH.mass, Planet.MERCURY.value, repr(Planet.EARTH))


class Str(str, Enum):
    A = 'a'
    B = 'b'


print(Str.A, repr(Str.B), Str.A == 'a', Str.A.upper(), '{}'.format(Str.B), Str('b'))


class Missing(Enum):
    ONE = 1

    @classmethod
    def _missing_(cls, value):
        if value == 'one':
            return cls.ONE
        return None


print(Missing('one'))
attempt('missing', lambda: Missing('two'))
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal.__name__)
Shape = Enum('Shape', [('SQ', 4), ('TRI', 3)])
print(Shape.SQ.value, Shape(3))
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.BLUE) is Color.BLUE)
print(Color.RED._name_, Color.RED._value_, getattr(Color, 'GREEN'), Color.GREEN.__class__ is Color)
print([m.name for m in reversed(Color)], bool(Color.RED), dir(Color.RED)[:0])
if V >= (3, 11):
    class Sty(enum.StrEnum):
        A = auto()
        B = 'bee'
    print(Sty.A, repr(Sty.B), Sty.A == 'a', format(Sty.B))
    print(enum.ReprEnum, enum.EnumType is enum.EnumMeta)


class Perm2(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6


class Bits2(IntFlag):
    A = 1
    B = 2


print(Perm2, Bits2, list(Perm2), Perm2.RW, repr(Perm2.R | Perm2.W | Perm2.X))
print(repr(Bits2.A | 8), str(Bits2.A | 8), repr(~Perm2.R))
attempt('Perm2(8)', lambda: Perm2(8))
attempt('1 in Perm2.R', lambda: 1 in Perm2.R)
if V >= (3, 12):
    print(1 in Color, 'A' in Color, Color.RED in Color)
elif V <= (3, 9):
    attempt('1 in Color', lambda: 1 in Color)


def delete():
    del Color.RED


attempt('delete', delete)
print(Color.__members__['RED'], len(Color.__members__))
