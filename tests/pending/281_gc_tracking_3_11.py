# version: 3.11
# gc.is_tracked, is_finalized, enable/disable/isenabled, get_referents.
import gc
class C: pass
class S:
    __slots__ = ('a',)
class E:
    __slots__ = ()
def show(label, obj):
    print(label, gc.is_tracked(obj))
show('int', 1)
show('str', 'abc')
show('None', None)
show('float', 1.5)
show('bytes', b'x')
show('empty tuple', ())
show('list', [])
show('empty dict', {})
show('dict of atoms', {'a': 1})
show('dict with list', {'a': []})
show('set', set())
show('frozenset', frozenset())
show('instance', C())
show('slotted', S())
show('empty slots', E())
show('function', show)
show('class', C)
show('lambda', lambda: 0)
show('generator', (x for x in ()))
t = (1, 2)
show('tuple of atoms', t)
gc.collect()
show('tuple of atoms after collect', t)
t2 = ([],)
gc.collect()
show('tuple with list after collect', t2)
d = {}
show('dict empty', d)
d['k'] = []
show('dict after list value', d)
print('enabled', gc.isenabled())
gc.disable()
print('disabled', gc.isenabled())
gc.disable()
gc.enable()
print('enabled again', gc.isenabled())
class Fin:
    def __del__(self):
        pass
f = Fin()
print('is_finalized', gc.is_finalized(f) if hasattr(gc, 'is_finalized') else 'n/a')
lst = [1, 'a']
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('referents', lambda: sorted(map(repr, gc.get_referents(lst))))
o = C(); o.x = 5
attempt('referents of instance', lambda: [type(r).__name__ for r in gc.get_referents(o)])
print('referrers finds list', any(r is lst for r in gc.get_referrers(*lst[:1])) if False else 'skip')
attempt('callbacks', lambda: (type(gc.callbacks).__name__, gc.callbacks))
attempt('flags', lambda: (gc.DEBUG_LEAK == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL, gc.get_debug()))
