# version: 3.9
# field(): default, default_factory, init, repr, compare, hash, metadata; mutable defaults.
from dataclasses import dataclass, field, fields, MISSING
@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default='s', compare=False)
    computed: int = field(init=False, default=7)
    meta: int = field(default=1, metadata={'unit': 'kg'})
a = Inventory('a'); b = Inventory('b')
a.items.append(1)
print('factory separate', a.items, b.items)
print('repr', a)
print('compare', Inventory('x', secret='1') == Inventory('x', secret='2'))
print('init=False', a.computed)
f = {x.name: x for x in fields(Inventory)}
print('metadata', f['meta'].metadata['unit'], type(f['meta'].metadata).__name__, f['name'].metadata)
print('field attrs', f['count'].default, f['count'].repr, f['items'].default is MISSING, f['items'].default_factory is list)
print('field type', f['name'].type, f['items'].type)
print('MISSING', type(MISSING).__name__)
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
def mutable_list():
    @dataclass
    class X:
        a: list = []
attempt('mutable list default', mutable_list)
def mutable_dict():
    @dataclass
    class X:
        a: dict = {}
attempt('mutable dict default', mutable_dict)
def mutable_set():
    @dataclass
    class X:
        a: set = set()
attempt('mutable set default', mutable_set)
class Unhashable:
    __hash__ = None
def unhashable_default():
    @dataclass
    class X:
        a: object = Unhashable()
attempt('unhashable default', unhashable_default)
def both():
    field(default=1, default_factory=list)
attempt('both default and factory', both)
def no_annotation():
    @dataclass
    class X:
        a = field(default=1)
attempt('field without annotation', no_annotation)
def init_false_no_default():
    @dataclass
    class X:
        a: int = field(init=False)
    return X().__dict__
attempt('init=False no default', init_false_no_default)
def init_false_access():
    @dataclass
    class X:
        a: int = field(init=False)
    return X().a
attempt('init=False access', init_false_access)
attempt('field positional', lambda: field(1))
attempt('field repr', lambda: repr(field(default=1)).startswith('Field('))
@dataclass
class Fac:
    n: int = field(default_factory=lambda: 5)
print('lambda factory', Fac(), Fac.__dict__.get('n', 'no class attr'))
@dataclass
class FacInitFalse:
    lst: list = field(default_factory=list, init=False)
print('factory init=False', FacInitFalse())
@dataclass
class Tupled:
    t: tuple = (1, 2)
    fs: frozenset = frozenset()
print('immutable defaults ok', Tupled())
