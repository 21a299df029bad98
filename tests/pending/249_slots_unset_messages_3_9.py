# version: 3.9
# Reading, deleting and setting slots: each version's messages.
class P:
    __slots__ = ('x', 'y', '__dict_like')
p = P()
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('read unset', lambda: p.x)
attempt('del unset', lambda: delattr(p, 'x'))
attempt('getattr unset default', lambda: getattr(p, 'x', 'default'))
attempt('hasattr unset', lambda: hasattr(p, 'x'))
p.x = 1
attempt('read set', lambda: p.x)
del p.x
attempt('read after del', lambda: p.x)
attempt('del twice', lambda: delattr(p, 'x'))
attempt('set unknown', lambda: setattr(p, 'z', 1))
attempt('read unknown', lambda: p.z)
attempt('del unknown', lambda: delattr(p, 'z'))
attempt('mangled unset', lambda: p._P__dict_like)
attempt('__dict__', lambda: p.__dict__)
attempt('__weakref__', lambda: p.__weakref__)
class Sub(P):
    __slots__ = ()
s = Sub()
attempt('sub read unset', lambda: s.y)
attempt('sub set unknown', lambda: setattr(s, 'q', 1))
class WithGetattr:
    __slots__ = ('a',)
    def __getattr__(self, name):
        return 'getattr:' + name
attempt('unset slot falls to __getattr__', lambda: WithGetattr().a)
class Outer:
    class Inner:
        __slots__ = ('v',)
attempt('nested class unset', lambda: Outer.Inner().v)
attempt('nested class set unknown', lambda: setattr(Outer.Inner(), 'w', 1))
class Empty:
    __slots__ = ()
attempt('empty slots set', lambda: setattr(Empty(), 'anything', 1))
attempt('empty slots read', lambda: Empty().anything)
attempt('object() set', lambda: setattr(object(), 'a', 1))
class Cls:
    __slots__ = ('a',)
    b = 'class attr'
c = Cls()
attempt('set class attr name', lambda: setattr(c, 'b', 1))
attempt('del class attr name', lambda: delattr(c, 'b'))
