# version: 3.9
# weakref.ref: dereference, callbacks, getweakrefcount/getweakrefs, equality, errors.
import weakref, gc
class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return 'Obj(%s)' % self.name
o = Obj('a')
r = weakref.ref(o)
print('alive', r(), r() is o, type(r).__name__, weakref.ref is weakref.ReferenceType)
print('count', weakref.getweakrefcount(o), len(weakref.getweakrefs(o)))
r2 = weakref.ref(o)
print('shared without callback', r is r2, weakref.getweakrefcount(o))
def cb(ref):
    print('callback, dead:', ref() is None, ref is rc)
rc = weakref.ref(o, cb)
print('with callback distinct', rc is not r, weakref.getweakrefcount(o))
print('callback attr', rc.__callback__ is cb, r.__callback__)
print('eq alive', r == rc, r == weakref.ref(Obj('other')))
print('hash', hash(r) == hash(o) if type(o).__hash__ else 'n/a')
del o
print('after del', r(), rc())
print('dead refs equal only if same', r == r, r == rc, r != rc)
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
for v in (1, 'str', (1, 2), [1], {}, None, 1.5, b'b', object()):
    attempt('ref ' + type(v).__name__, lambda: weakref.ref(v) is not None)
attempt('ref set', lambda: weakref.ref({1}) is not None)
attempt('ref function', lambda: weakref.ref(attempt)() is attempt)
attempt('ref class', lambda: weakref.ref(Obj)() is Obj)
class ListSub(list): pass
class DictSub(dict): pass
class IntSub(int): pass
attempt('ref list subclass', lambda: weakref.ref(ListSub()) is not None)
attempt('ref dict subclass', lambda: weakref.ref(DictSub()) is not None)
attempt('ref int subclass', lambda: weakref.ref(IntSub(1)) is not None)
attempt('ref no args', lambda: weakref.ref())
attempt('ref too many', lambda: weakref.ref(Obj('x'), None, 1))
attempt('getweakrefcount int', lambda: weakref.getweakrefcount(1))
attempt('hash of dead unhashed', lambda: hash(weakref.ref(Obj('gone'))))
class Unhashable:
    __hash__ = None
u = Unhashable()
attempt('hash ref unhashable', lambda: hash(weakref.ref(u)))
def cb_order(name):
    return lambda ref: print('cb', name)
p = Obj('p')
refs = [weakref.ref(p, cb_order(i)) for i in range(3)]
del p
print('callbacks order done')
class Cyc:
    pass
c = Cyc(); c.me = c
wc = weakref.ref(c, lambda ref: print('cycle callback'))
del c
print('before collect', wc() is not None)
gc.collect()
print('after collect', wc())
class RefSub(weakref.ref):
    def __init__(self, ob, callback=None, tag=''):
        super().__init__(ob, callback)
        self.tag = tag
q = Obj('q')
rs = RefSub(q, None, tag='t')
print('subclass', rs().name, rs.tag, isinstance(rs, weakref.ref))
class Owner:
    def method(self):
        return 'called'
ow = Owner()
wm = weakref.WeakMethod(ow.method)
print('WeakMethod', wm()(), weakref.ref(ow.method)())
del ow
print('WeakMethod dead', wm())
