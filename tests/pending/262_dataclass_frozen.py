# dataclass(frozen=True): FrozenInstanceError, hashing, inheritance rules.
from dataclasses import dataclass, FrozenInstanceError, field
@dataclass(frozen=True)
class P:
    x: int
    y: int = 0
p = P(1, 2)
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('set', lambda: setattr(p, 'x', 5))
attempt('set new', lambda: setattr(p, 'z', 5))
attempt('del', lambda: delattr(p, 'x'))
attempt('del new', lambda: delattr(p, 'q'))
print('hash', hash(p) == hash((1, 2)), {p: 'ok'}[P(1, 2)])
print('is AttributeError', issubclass(FrozenInstanceError, AttributeError), FrozenInstanceError.__mro__[1].__name__)
object.__setattr__(p, 'x', 99)
print('escape hatch', p)
@dataclass(frozen=True)
class WithPost:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        object.__setattr__(self, 'b', self.a * 2)
print('post_init', WithPost(3))
def thaw():
    @dataclass
    class Child(P):
        z: int = 0
attempt('non-frozen from frozen', thaw)
@dataclass
class Mutable:
    a: int = 0
def freeze():
    @dataclass(frozen=True)
    class Child(Mutable):
        z: int = 0
attempt('frozen from non-frozen', freeze)
class PlainBase:
    pass
@dataclass(frozen=True)
class FromPlain(PlainBase):
    v: int = 1
fp = FromPlain()
attempt('frozen from plain', lambda: setattr(fp, 'v', 2))
def explicit_setattr():
    @dataclass(frozen=True)
    class X:
        a: int
        def __setattr__(self, n, v):
            pass
attempt('explicit __setattr__', explicit_setattr)
def explicit_delattr():
    @dataclass(frozen=True)
    class X:
        a: int
        def __delattr__(self, n):
            pass
attempt('explicit __delattr__', explicit_delattr)
@dataclass(frozen=True)
class FrozenChild(P):
    z: int = 3
fc = FrozenChild(1)
print('frozen child', fc, hash(fc) == hash((1, 0, 3)))
attempt('frozen child set', lambda: setattr(fc, 'z', 1))
attempt('frozen eq', lambda: P(1) == P(1))
try:
    p.y = 0
except FrozenInstanceError as e:
    print('args', e.args, getattr(e, 'name', None))
