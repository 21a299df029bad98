# version: 3.12
# A weak reference to a slotted instance without __weakref__.
import weakref
class Token:
    __slots__ = ('value',)
t = Token()
r = weakref.ref(t)
