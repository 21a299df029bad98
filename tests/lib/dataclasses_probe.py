# versions: 3.8 3.9 3.10 3.11 3.12 3.13
import sys
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, InitVar, make_dataclass
V = sys.version_info[:2]

def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)

@dataclass
class A:
    x: int
    y: str = "hi"
    z: list = field(default_factory=list, repr=False)

@dataclass(order=True, frozen=True)
class B:
    a: int
    b: float = 1.5

@dataclass(unsafe_hash=True)
class C:
    p: int
    q: int = field(default=0, compare=False)

@dataclass
class D(A):
    w: int = 3

@dataclass
class E:
    x: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.x *= scale

print(A(1), A(1, "yo", [1]), repr(A(2)))
print(A.__doc__)
print(B.__doc__, D.__doc__)
print(A(1) == A(1), A(1) == A(2), A(1) != A(1, "x"))
print(B(1) < B(2), B(1, 2.0) >= B(1, 1.0), sorted([B(3), B(1), B(2)]))
print(hash(B(1)) == hash(B(1)), hash(C(1, 5)) == hash(C(1, 6)), C.__hash__ is not None, A.__hash__)
print(D(1), D(1, "a", [], 9), [f.name for f in fields(D)])
print(E(5), E(5, 3))
print(asdict(D(1, z=[A(2)])), astuple(B(4)))
print(is_dataclass(A), is_dataclass(A(1)), is_dataclass(1))
print(fields(A)[0].name, fields(A)[0].type, fields(A)[0].default is dataclasses.MISSING)
attempt("A()", lambda: A())
attempt("A(1,2,3,4)", lambda: A(1, 2, 3, 4))
attempt("A(q=1)", lambda: A(1, q=1))
attempt("frozen set", lambda: setattr(B(1), 'a', 5))
attempt("order no eq", lambda: dataclass(order=True, eq=False)(type('Q', (), {})))
def nondefault():
    @dataclass
    class Bad:
        a: int = 1
        b: int
attempt("non-default", nondefault)
def both():
    return field(default=1, default_factory=list)
attempt("both", both)
def mutable():
    @dataclass
    class M:
        d: dict = {}
attempt("mutable", mutable)
def inherit_frozen():
    @dataclass
    class N(B):
        c: int = 0
attempt("inherit frozen", inherit_frozen)
attempt("replace init false", lambda: replace(A(1), x=2, y="b"))
attempt("fields(1)", lambda: fields(1))
attempt("asdict(1)", lambda: asdict(1))
M = make_dataclass('M', [('a', int), ('b', int, field(default=5))])
print(M(1), M.__name__)
if V >= (3, 10):
    from dataclasses import KW_ONLY
    ns = {}
    exec("""
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
@dataclass
class K2:
    a: int
    _: KW_ONLY
    b: int
    c: int = 1
@dataclass(slots=True)
class S:
    a: int
    b: int = 0
""", {'dataclass': dataclass, 'KW_ONLY': KW_ONLY}, ns)
    K, K2, S = ns['K'], ns['K2'], ns['S']
    print(K(a=1), K2(1, b=2), K2.__match_args__, S(1), S.__slots__, hasattr(S(1), '__dict__'))
    print(K.__doc__, K2.__doc__)
    attempt("K(1)", lambda: K(1))
    attempt("S attr", lambda: setattr(S(1), 'zz', 1))
if V >= (3, 11):
    ns = {}
    exec("""
@dataclass(slots=True, weakref_slot=True)
class W:
    a: int
""", {'dataclass': dataclass}, ns)
    print(ns['W'].__slots__)
print(repr(field()).split(",")[0])
