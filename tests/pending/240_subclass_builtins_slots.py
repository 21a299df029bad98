# __slots__ on subclasses of builtins: variable-size types reject nonempty slots.
def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
def make(base, slots):
    cls = type('S', (base,), {'__slots__': slots})
    return [s for s in slots if not s.startswith('__')] == [k for k in cls.__dict__ if k in slots]
for base in (object, int, float, str, bytes, tuple, list, dict, set, frozenset, bytearray, Exception, type):
    attempt(base.__name__ + ' nonempty', lambda: make(base, ('a',)))
    attempt(base.__name__ + ' empty', lambda: make(base, ()))
    attempt(base.__name__ + ' __dict__', lambda: make(base, ('__dict__',)))
    attempt(base.__name__ + ' __weakref__', lambda: make(base, ('__weakref__',)))
import collections
attempt('namedtuple slot', lambda: make(collections.namedtuple('P', 'x'), ('a',)))
attempt('bool base', lambda: make(bool, ()))
class I(int):
    pass
attempt('int subclass subclass', lambda: make(I, ('a',)))
attempt('int subclass __dict__ again', lambda: make(I, ('__dict__',)))
