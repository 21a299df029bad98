# version: 3.8
# property error messages with qualified names, inheritance and slots.
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
class Base:
    @property
    def area(self):
        return 1
class Derived(Base):
    pass
d = Derived()
attempt('derived set', lambda: setattr(d, 'area', 2))
attempt('derived del', lambda: delattr(d, 'area'))
class Slotted:
    __slots__ = ('_v',)
    @property
    def v(self):
        return self._v
attempt('slot unset via property', lambda: Slotted().v)
attempt('slot property set', lambda: setattr(Slotted(), 'v', 1))
class WithSetOnly:
    def _set(self, v):
        self.__dict__['hidden'] = v
    only = property(None, _set)
w = WithSetOnly()
w.only = 3
print('set only stored', w.hidden)
attempt('get set-only', lambda: w.only)
attempt('del set-only', lambda: delattr(w, 'only'))
class Outer:
    class Inner:
        @property
        def deep(self):
            return 0
attempt('nested set', lambda: setattr(Outer.Inner(), 'deep', 1))
import functools
class Cached:
    def __init__(self):
        self.calls = 0
    @functools.cached_property
    def value(self):
        self.calls += 1
        return 42
c = Cached()
print('cached', c.value, c.value, c.calls, 'value' in c.__dict__)
del c.value
print('recomputed', c.value, c.calls)
class CachedSlots:
    __slots__ = ('x',)
    @functools.cached_property
    def value(self):
        return 1
attempt('cached no dict', lambda: CachedSlots().value)
attempt('cached class access', lambda: type(Cached.value).__name__)
