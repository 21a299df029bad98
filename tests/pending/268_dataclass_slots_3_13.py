# version: 3.13
# dataclass(slots=True) (3.10+) and weakref_slot (3.11+): a new class is made.
from dataclasses import dataclass, field, fields
import weakref
holder = {}
def remember(cls):
    holder['orig'] = cls
    return cls
@dataclass(slots=True)
@remember
class P:
    x: int
    y: int = 0
p = P(1)
print('repr', p, P.__slots__, hasattr(p, '__dict__'))
print('new class', P is not holder['orig'], P.__name__, P.__qualname__)
print('members', type(P.__dict__['x']).__name__, repr(P.x))
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('new attr', lambda: setattr(p, 'z', 1))
attempt('weakref', lambda: weakref.ref(p))
attempt('default not class attr', lambda: type(P.__dict__['y']).__name__)
@dataclass(slots=True, frozen=True)
class F:
    a: int
    b: list = field(default_factory=list)
f = F(1)
print('frozen slots', f, hash(F(1, ())) == hash((1, ())))
attempt('frozen set', lambda: setattr(f, 'a', 2))
import copy
attempt('copy', lambda: copy.copy(f))
attempt('deepcopy', lambda: copy.deepcopy(F(2, [1])))
def already():
    @dataclass(slots=True)
    class X:
        __slots__ = ('a',)
        a: int
attempt('already has __slots__', already)
@dataclass(slots=True)
class Base:
    a: int
@dataclass(slots=True)
class Child(Base):
    b: int = 0
print('inherit slots', Child.__slots__, Child(1, 2), hasattr(Child(1), '__dict__'))
class PlainBase:
    pass
@dataclass(slots=True)
class OnPlain(PlainBase):
    v: int = 0
print('plain base keeps dict', hasattr(OnPlain(), '__dict__'))
@dataclass(slots=True)
class Sup:
    a: int
    def get(self):
        return 'sup'
@dataclass(slots=True)
class SubSuper(Sup):
    def get(self):
        return 'sub>' + super().get()
attempt('zero-arg super in slots dataclass', lambda: SubSuper(1).get())
@dataclass(slots=True)
class WithInitVarClassVar:
    from typing import ClassVar
    c: ClassVar[int] = 1
    a: int = 0
print('classvar not slot', WithInitVarClassVar.__slots__)
@dataclass(slots=True, weakref_slot=True)
class W:
    a: int
print('weakref_slot', W.__slots__, weakref.ref(W(1)) is not None)
def weak_no_slots():
    @dataclass(weakref_slot=True)
    class X:
        a: int
attempt('weakref_slot without slots', weak_no_slots)
@dataclass(slots=True)
class Doc:
    """Doc kept."""
    a: int = 0
print('doc', Doc.__doc__)
@dataclass(slots=True)
class WithProp:
    _v: int = 0
    @property
    def v(self):
        return self._v
print('property', WithProp(3).v)
attempt('getstate', lambda: F(1).__getstate__() if hasattr(F, '__getstate__') else 'n/a')
