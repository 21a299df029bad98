# version: 3.7
# dataclass(slots=...) is rejected before 3.10, weakref_slot before 3.11, kw_only before 3.10.
import dataclasses
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
def slots():
    @dataclasses.dataclass(slots=True)
    class X:
        a: int = 0
    return X.__slots__
def weak():
    @dataclasses.dataclass(slots=True, weakref_slot=True)
    class X:
        a: int = 0
    return X.__slots__
def kw():
    @dataclasses.dataclass(kw_only=True)
    class X:
        a: int = 0
    return X(a=1)
def match_args():
    @dataclasses.dataclass(match_args=False)
    class X:
        a: int = 0
    return hasattr(X, '__match_args__')
def field_kw():
    return dataclasses.field(kw_only=True).kw_only
attempt('slots', slots)
attempt('weakref_slot', weak)
attempt('kw_only', kw)
attempt('match_args', match_args)
attempt('field kw_only', field_kw)
attempt('KW_ONLY', lambda: hasattr(dataclasses, 'KW_ONLY'))
attempt('unknown', lambda: dataclasses.dataclass(bogus=True))
attempt('positional', lambda: dataclasses.dataclass(None, True))
attempt('field unknown', lambda: dataclasses.field(bogus=1))
attempt('all', lambda: sorted(dataclasses.__all__))
