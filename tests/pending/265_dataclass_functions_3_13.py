# version: 3.13
# fields, asdict, astuple, replace, is_dataclass, make_dataclass.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, make_dataclass
from collections import namedtuple
@dataclass
class Inner:
    v: int
    tags: list = field(default_factory=list)
@dataclass
class Outer:
    name: str
    inner: Inner
    many: list
    mapping: dict
    pair: tuple = (1, 2)
NT = namedtuple('NT', 'a b')
o = Outer('o', Inner(1, ['t']), [Inner(2)], {'k': Inner(3)}, (Inner(4), NT(1, Inner(5))))
print('asdict', asdict(o))
print('astuple', astuple(o))
d = asdict(o)
print('deep copy', d['inner']['tags'] is not o.inner.tags)
print('dict_factory', asdict(Inner(1), dict_factory=lambda kv: sorted(kv)))
print('tuple_factory', astuple(Inner(1), tuple_factory=list))
print('fields', [f.name for f in fields(o)], [f.name for f in fields(Outer)])
print('fields type', type(fields(o)).__name__)
r = replace(o.inner, v=10)
print('replace', r, r is not o.inner, o.inner.v)
print('is_dataclass', is_dataclass(o), is_dataclass(Outer), is_dataclass(5), is_dataclass(int), is_dataclass(dict))
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('fields of non-dc', lambda: fields(5))
attempt('fields of class', lambda: fields(int))
attempt('asdict of class', lambda: asdict(Outer))
attempt('asdict of non-dc', lambda: asdict(5))
attempt('astuple of non-dc', lambda: astuple([1]))
attempt('replace unknown', lambda: replace(Inner(1), zz=2))
attempt('replace non-dc', lambda: replace(5, a=1))
attempt('replace positional', lambda: replace(Inner(1), 2))
@dataclass
class NoInit:
    a: int
    b: int = field(init=False, default=0)
attempt('replace init=False', lambda: replace(NoInit(1), b=2))
attempt('replace keeps init=False', lambda: replace(NoInit(1), a=5))
M = make_dataclass('M', ['x', ('y', int), ('z', int, field(default=5))], namespace={'total': lambda self: self.x + self.y + self.z})
m = M(1, 2)
print('make_dataclass', m, m.total(), M.__name__, [f.type for f in fields(M)])
attempt('make_dataclass bad name', lambda: make_dataclass('B', ['1x']))
attempt('make_dataclass dup', lambda: make_dataclass('B', ['x', 'x']))
attempt('make_dataclass keyword', lambda: make_dataclass('B', ['def']))
attempt('make_dataclass bases', lambda: make_dataclass('C', [('q', int)], bases=(Inner,))(1, q=2))
attempt('make_dataclass frozen', lambda: hash(make_dataclass('F', ['a'], frozen=True)(1)) == hash((1,)))
