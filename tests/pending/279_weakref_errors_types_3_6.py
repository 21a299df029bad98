# version: 3.6
# "cannot create weak reference to 'X' object" for builtins, slots and subclasses.
import weakref
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
class Slotted:
    __slots__ = ('a',)
class SlottedWeak:
    __slots__ = ('a', '__weakref__')
class SlottedSub(Slotted): pass
class TupleSub(tuple): pass
class IntSub(int): pass
class StrSub(str): pass
class BytesSub(bytes): pass
class ListSub(list):
    __slots__ = ()
class ExcSub(Exception):
    __slots__ = ()
import types
for name, make in [('int', lambda: 5), ('bool', lambda: True), ('str', lambda: 's'), ('bytes', lambda: b''), ('tuple', lambda: ()),
                   ('list', list), ('dict', dict), ('set', set), ('frozenset', frozenset), ('float', lambda: 1.0),
                   ('NoneType', lambda: None), ('object', object), ('Slotted', Slotted), ('SlottedWeak', SlottedWeak),
                   ('SlottedSub', SlottedSub), ('TupleSub', TupleSub), ('IntSub', lambda: IntSub(1)), ('StrSub', lambda: StrSub('x')),
                   ('BytesSub', lambda: BytesSub(b'x')), ('ListSub', ListSub), ('ExcSub', ExcSub), ('Exception', Exception),
                   ('function', lambda: attempt), ('builtin', lambda: len), ('type', lambda: int), ('module', lambda: weakref),
                   ('method', lambda: Slotted().__init__), ('generator', lambda: (x for x in ())), ('range', lambda: range(1)),
                   ('iterator', lambda: iter([])), ('property', lambda: property()), ('code', lambda: attempt.__code__),
                   ('SimpleNamespace', types.SimpleNamespace)]:
    attempt(name, lambda: type(weakref.ref(make())).__name__)
