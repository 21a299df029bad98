# dataclass __hash__ rules: eq/frozen/unsafe_hash, explicit __hash__.
from dataclasses import dataclass, field
def h(cls):
    v = cls.__dict__.get('__hash__', 'absent')
    if v is None:
        return 'None'
    if v == 'absent':
        return 'absent'
    return 'set'
def mk(**kw):
    @dataclass(**kw)
    class C:
        a: int = 1
    return C
for kw in [{}, {'eq': False}, {'frozen': True}, {'unsafe_hash': True}, {'eq': False, 'unsafe_hash': True}, {'frozen': True, 'unsafe_hash': True}, {'eq': False, 'frozen': True}]:
    try:
        C = mk(**kw)
        print(sorted(kw.items()), h(C))
    except Exception as e:
        print(sorted(kw.items()), type(e).__name__ + ': ' + str(e))
@dataclass(unsafe_hash=True)
class U:
    a: int
    b: list = field(hash=False, default_factory=list)
print('unsafe hash', hash(U(1)) == hash((1,)), hash(U(1, [1])) == hash(U(1, [2])))
@dataclass
class Explicit:
    a: int
    def __hash__(self):
        return 42
print('explicit kept', hash(Explicit(1)))
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
def overwrite():
    @dataclass(unsafe_hash=True)
    class X:
        a: int
        def __hash__(self):
            return 1
attempt('unsafe_hash with __hash__', overwrite)
@dataclass
class EqOnly:
    a: int
attempt('hash eq dataclass', lambda: hash(EqOnly(1)))
@dataclass(frozen=True)
class Fr:
    a: int
    b: int = field(compare=False)
print('compare=False excluded from hash', hash(Fr(1, 2)) == hash(Fr(1, 3)))
@dataclass(frozen=True)
class Fh:
    a: int
    b: int = field(hash=True, compare=False)
print('hash=True compare=False', hash(Fh(1, 2)) == hash((1, 2)))
@dataclass(eq=True)
class WithHashNoneSet:
    a: int
    __hash__ = None
attempt('explicit None', lambda: WithHashNoneSet.__hash__)
class Base:
    def __hash__(self):
        return 7
@dataclass
class Inh(Base):
    a: int = 0
attempt('inherited hash replaced?', lambda: Inh.__hash__)
