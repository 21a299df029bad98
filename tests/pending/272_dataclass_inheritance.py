# dataclass inheritance: field order, overriding defaults, mixing plain classes.
from dataclasses import dataclass, field, fields
@dataclass
class Base:
    x: int
    y: int = 1
@dataclass
class Child(Base):
    z: int = 2
    x: int = 10
print('order', [f.name for f in fields(Child)], Child(), Child(5, 6, 7))
@dataclass
class Override(Base):
    y: int = 100
print('default override', Override(1))
class Plain(Base):
    def extra(self):
        return 'plain'
print('plain subclass', Plain(3), Plain(3).extra(), [f.name for f in fields(Plain)])
class Mixin:
    mixin_attr: int = 5
    def hello(self):
        return 'hi'
@dataclass
class WithMixin(Mixin, Base):
    w: int = 0
print('mixin', WithMixin(1), WithMixin(1).hello(), [f.name for f in fields(WithMixin)])
@dataclass
class A:
    a: int = 0
@dataclass
class B:
    b: int = 0
@dataclass
class AB(A, B):
    c: int = 0
print('multiple', AB(), [f.name for f in fields(AB)])
@dataclass(eq=False)
class NoEqBase:
    v: int = 0
@dataclass
class EqChild(NoEqBase):
    w: int = 0
print('eq added in child', EqChild() == EqChild(), NoEqBase() == NoEqBase())
@dataclass
class ReprOff(Base):
    secret: str = field(default='s', repr=False)
print('repr=False in child', ReprOff(1))
@dataclass
class Gen(Base):
    def __post_init__(self):
        self.total = self.x + self.y
print('post_init in child', Gen(2).total)
class NotDC:
    q: int = 9
@dataclass
class OverNotDC(NotDC):
    r: int = 0
print('plain annotations not fields', [f.name for f in fields(OverNotDC)])
@dataclass
class Deep(Child):
    d: list = field(default_factory=list)
print('deep', Deep(), Deep.__mro__[1].__name__)
@dataclass
class ReAnn(Base):
    x: str = 'str now'
print('reannotated', ReAnn(), fields(ReAnn)[0].type)
