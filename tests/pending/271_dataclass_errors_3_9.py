# version: 3.9
# Bad dataclass definitions and calls: every error with this version's text.
import dataclasses
from dataclasses import dataclass, field
def attempt(label, fn):
    try:
        r = fn()
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
def define(body_ns, **kw):
    cls = type('X', (), body_ns)
    return dataclass(**kw)(cls)
attempt('default before non-default', lambda: define({'__annotations__': {'a': int, 'b': int}, 'a': 1}))
attempt('field no annotation', lambda: define({'a': field(default=1)}))
attempt('field no annotation 2', lambda: define({'__annotations__': {'b': int}, 'a': field()}))
attempt('mutable default', lambda: define({'__annotations__': {'a': list}, 'a': []}))
attempt('order without eq', lambda: define({}, order=True, eq=False))
attempt('unsafe and frozen ok', lambda: define({}, unsafe_hash=True, frozen=True).__name__)
attempt('dataclass on function', lambda: dataclass(lambda: 0))
attempt('dataclass on instance', lambda: dataclass(5))
attempt('dataclass bad kw', lambda: dataclass(init=True, foo=1))
attempt('dataclass too many positional', lambda: dataclass(int, int))
attempt('field both defaults', lambda: field(default=1, default_factory=int))
attempt('dataclasses.fields(None)', lambda: dataclasses.fields(None))
attempt('asdict(type)', lambda: dataclasses.asdict(int))
attempt('replace(type)', lambda: dataclasses.replace(int))
@dataclass
class P:
    x: int
attempt('init kw typo', lambda: P(y=1))
attempt('init too many', lambda: P(1, 2))
attempt('init missing', lambda: P())
@dataclass
class Q:
    x: int
    y: int
    z: int = 0
attempt('init missing two', lambda: Q())
attempt('init missing one of two', lambda: Q(1))
def field_name_self():
    @dataclass
    class S:
        self: int
    return S(self=5).self
attempt('field named self', field_name_self)
def field_name_return():
    @dataclass
    class S:
        _return: int = 0
        object: int = 1
    return S()
attempt('field named object', field_name_return)
def classvar_default_mutable():
    from typing import ClassVar
    @dataclass
    class S:
        x: ClassVar[list] = []
    return S.x
attempt('ClassVar mutable ok', classvar_default_mutable)
def slots_on_non_class():
    return dataclass(slots=False)(3)
attempt('dataclass(kw)(3)', slots_on_non_class)
def repr_recursion_guard():
    @dataclass
    class N:
        n: object = None
    a = N(); a.n = a
    return repr(a)
attempt('recursive repr', repr_recursion_guard)
def frozen_eq_hash_explicit():
    @dataclass(frozen=True)
    class F:
        a: int
        def __hash__(self):
            return 1
    return hash(F(0))
attempt('frozen keeps explicit hash', frozen_eq_hash_explicit)
def annotation_only_classvar_default():
    @dataclass
    class A:
        x: int = field(default=1, init=False, repr=False, compare=False)
    return repr(A()), A() == A()
attempt('all flags off', annotation_only_classvar_default)
