# Which instances get __dict__ and __weakref__ with slots, through inheritance.
import weakref
def info(obj):
    d = hasattr(obj, '__dict__')
    try:
        weakref.ref(obj)
        w = True
    except TypeError as e:
        w = 'TypeError: ' + str(e)
    return 'dict=%s weakref=%s' % (d, w)
class Plain: pass
class Slotted:
    __slots__ = ('a',)
class ChildOfPlain(Plain):
    __slots__ = ('b',)
class ChildOfSlotted(Slotted):
    pass
class SlottedChildOfSlotted(Slotted):
    __slots__ = ('b',)
class WithDict:
    __slots__ = ('a', '__dict__')
class WithWeak:
    __slots__ = ('a', '__weakref__')
class ChildAddsDict(Slotted):
    __slots__ = ('__dict__',)
class ChildAddsWeak(Slotted):
    __slots__ = ('__weakref__',)
for cls in (Plain, Slotted, ChildOfPlain, ChildOfSlotted, SlottedChildOfSlotted, WithDict, WithWeak, ChildAddsDict, ChildAddsWeak):
    print(cls.__name__, info(cls()))
c = ChildOfPlain(); c.b = 1; c.extra = 2
print('child of plain', c.b, c.__dict__)
w = WithDict(); w.a = 1; w.z = 2
print('with dict', w.a, w.__dict__, vars(w))
s = SlottedChildOfSlotted(); s.a = 1; s.b = 2
print('inherited slots', s.a, s.b, SlottedChildOfSlotted.__slots__)
print('members', [k for k in SlottedChildOfSlotted.__dict__ if k in ('a', 'b')], [k for k in Slotted.__dict__ if k in ('a', 'b')])
ww = WithWeak(); r = weakref.ref(ww)
print('weakref alive', r() is ww, ww.__weakref__ is r)
del ww
print('weakref dead', r())
print('__weakref__ default', Plain().__weakref__, WithWeak().__weakref__)
print('__dict__ descriptors', type(Plain.__dict__['__dict__']).__name__, type(WithDict.__dict__['__dict__']).__name__)
print('__weakref__ descriptors', type(Plain.__dict__['__weakref__']).__name__, type(WithWeak.__dict__['__weakref__']).__name__)
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('assign __dict__', lambda: setattr(w, '__dict__', {'q': 1}) or w.q)
attempt('assign __dict__ non-dict', lambda: setattr(w, '__dict__', 5))
attempt('del __dict__', lambda: delattr(w, '__dict__') or w.__dict__)
attempt('assign __weakref__', lambda: setattr(WithWeak(), '__weakref__', None))
attempt('plain assign __dict__ None', lambda: setattr(Plain(), '__dict__', None))
class Deep(ChildOfSlotted):
    __slots__ = ('c',)
d = Deep(); d.a = 1; d.c = 3; d.free = 4
print('deep', d.a, d.c, d.__dict__, info(d))
