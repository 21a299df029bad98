# weakref basics and gc: references die with their object; cycles need the collector.
import gc
import weakref
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __repr__(self):
        return 'Node(%s)' % self.name
n = Node('a')
r = weakref.ref(n)
print(r() is n, r(), weakref.getweakrefcount(n))
del n
print(r(), 'dead')
def gone(ref):
    print('callback: referent is gone', ref() is None)
m = Node('m')
r2 = weakref.ref(m, gone)
m = None
print('after rebinding')
a, b = Node('a'), Node('b')
a.other, b.other = b, a
ra = weakref.ref(a)
del a, b
print('cycle alive before collect:', ra() is not None)
gc.collect()
print('cycle alive after collect:', ra() is not None)
try:
    weakref.ref(5)
except TypeError as e:
    print('TypeError:', e)
class Slotted:
    __slots__ = ('x',)
try:
    weakref.ref(Slotted())
except TypeError as e:
    print('TypeError:', e)
d = weakref.WeakValueDictionary()
k = Node('k')
d['key'] = k
print(len(d), d['key'])
del k
print(len(d))
