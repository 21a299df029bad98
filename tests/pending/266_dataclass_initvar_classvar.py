# InitVar and ClassVar pseudo-fields; __post_init__.
from dataclasses import dataclass, field, fields, InitVar, replace, asdict
from typing import ClassVar
import typing
@dataclass
class Account:
    owner: str
    rate: ClassVar[float] = 0.05
    initial: InitVar[int] = 0
    balance: int = field(init=False)
    counter: typing.ClassVar[int] = 0
    def __post_init__(self, initial):
        self.balance = initial * 2
        Account.counter += 1
a = Account('ann', 10)
print('repr', a)
print('fields', [f.name for f in fields(a)])
print('dataclass_fields', sorted(Account.__dataclass_fields__))
print('kinds', sorted((k, v._field_type.name if hasattr(v._field_type, 'name') else str(v._field_type)) for k, v in Account.__dataclass_fields__.items()))
print('classvar', Account.rate, Account.counter, 'initial' in a.__dict__)
print('asdict', asdict(a))
print('InitVar class attr', Account.initial)
print('InitVar repr', repr(InitVar[int]), InitVar[int].type)
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('replace needs InitVar', lambda: replace(a, owner='bob'))
attempt('replace with InitVar', lambda: replace(a, owner='bob', initial=1))
def classvar_factory():
    @dataclass
    class X:
        c: ClassVar[list] = field(default_factory=list)
attempt('ClassVar with field default_factory', classvar_factory)
def initvar_factory():
    @dataclass
    class X:
        i: InitVar[list] = field(default_factory=list)
attempt('InitVar with default_factory', initvar_factory)
@dataclass
class PostNoInitVar:
    x: int
    def __post_init__(self):
        print('post_init called', self.x)
PostNoInitVar(5)
@dataclass
class MissingPost:
    i: InitVar[int]
attempt('InitVar without __post_init__', lambda: MissingPost(1))
@dataclass
class WrongPost:
    i: InitVar[int]
    def __post_init__(self):
        pass
attempt('__post_init__ missing param', lambda: WrongPost(1))
@dataclass
class Base:
    x: int
    def __post_init__(self):
        print('Base post_init')
@dataclass
class Child(Base):
    y: int = 0
    def __post_init__(self):
        super().__post_init__()
        print('Child post_init')
Child(1)
@dataclass
class StrAnn:
    x: 'ClassVar[int]' = 3
    y: 'InitVar[int]' = 4
    def __post_init__(self, y):
        pass
print('string annotations', [f.name for f in fields(StrAnn)], sorted(StrAnn.__dataclass_fields__))
