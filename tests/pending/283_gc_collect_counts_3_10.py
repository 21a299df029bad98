# version: 3.10
# What gc.collect() returns: the number of unreachable objects found (per version).
import gc
gc.collect()
class A: pass
class S:
    __slots__ = ('x',)
def cyc_instances(n):
    for i in range(n):
        a = A(); a.me = a
gc.disable()
cyc_instances(1)
print('one instance self-cycle', gc.collect())
cyc_instances(5)
print('five instance self-cycles', gc.collect())
for i in range(3):
    l = []; l.append(l)
del l
print('three list cycles', gc.collect())
s = S(); s.x = s
del s
print('one slotted self-cycle', gc.collect())
a, b = A(), A()
a.b = b; b.a = a
del a, b
print('two-instance cycle', gc.collect())
d = {}; d['d'] = d
del d
print('dict cycle', gc.collect())
def f(): pass
f.me = f
del f
print('function cycle', gc.collect())
class K: pass
K.me = K
del K
print('class cycle', gc.collect() > 0)
print('nothing', gc.collect())
gc.enable()
