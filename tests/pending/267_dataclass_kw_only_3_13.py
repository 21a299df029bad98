# version: 3.13
# kw_only (3.10+): decorator argument, field(kw_only=), the KW_ONLY sentinel, ordering.
from dataclasses import dataclass, field, fields, KW_ONLY
@dataclass(kw_only=True)
class Opts:
    a: int
    b: int = 2
print('kw_only', Opts(a=1), [f.kw_only for f in fields(Opts)])
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('positional rejected', lambda: Opts(1))
@dataclass
class Mixed:
    x: int
    _: KW_ONLY
    y: int = 0
    z: int
print('sentinel', Mixed(1, z=3), [(f.name, f.kw_only) for f in fields(Mixed)])
attempt('sentinel positional', lambda: Mixed(1, 2, 3))
@dataclass
class PerField:
    a: int = field(kw_only=True, default=0)
    b: int = 5
    c: int = field(kw_only=True)
print('per field', PerField(7, c=1))
@dataclass
class Base:
    x: int = 0
    y: int = field(kw_only=True, default=1)
@dataclass
class Child(Base):
    z: int = 2
    w: int = field(kw_only=True, default=3)
print('inherited order', Child(10, 20), Child.__init__.__code__.co_varnames[:Child.__init__.__code__.co_argcount + Child.__init__.__code__.co_kwonlyargcount])
def two_sentinels():
    @dataclass
    class X:
        a: int
        _: KW_ONLY
        b: int = 0
        __: KW_ONLY
attempt('two KW_ONLY', two_sentinels)
def non_default_after_default():
    @dataclass
    class X:
        a: int = 0
        b: int
attempt('non-default after default', non_default_after_default)
def non_default_after_default_inherit():
    @dataclass
    class B:
        a: int = 0
    @dataclass
    class X(B):
        b: int
attempt('non-default after default inherited', non_default_after_default_inherit)
@dataclass
class KwFix(Base):
    q: int = field(kw_only=True)
print('kw fixes order', KwFix(q=1))
print('KW_ONLY type', type(KW_ONLY).__name__ if not isinstance(KW_ONLY, type) else KW_ONLY.__name__)
@dataclass(kw_only=True)
class Over:
    a: int = field(kw_only=False)
    b: int = 0
print('field overrides decorator', Over(1))
