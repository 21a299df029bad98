# version: 2.7
# weakref and gc basics that read the same on 2.7 and 3.x.
from __future__ import print_function
import weakref, gc, sys
class Thing(object):
    def __init__(self, name):
        self.name = name
def report(ref):
    print('callback: dead =', ref() is None)
t = Thing('t')
r = weakref.ref(t, report)
print('alive:', r() is t, weakref.getweakrefcount(t))
del t
print('after del:', r())
p = Thing('p')
px = weakref.proxy(p)
print('proxy:', px.name)
del p
try:
    px.name
except ReferenceError as e:
    print('ReferenceError:', e)
for obj in (1, 'text', (1,), [1], {}):
    try:
        weakref.ref(obj)
        print(type(obj).__name__, 'ok')
    except TypeError as e:
        print(type(obj).__name__, 'TypeError:', e)
class Slot(object):
    __slots__ = ('a',)
try:
    weakref.ref(Slot())
except TypeError as e:
    print('slots TypeError:', e)
class Cycle(object):
    pass
c = Cycle(); c.me = c
w = weakref.ref(c)
del c
print('cycle alive before collect:', w() is not None)
gc.collect()
print('cycle after collect:', w())
print('enabled:', gc.isenabled())
gc.disable(); print('disabled:', gc.isenabled()); gc.enable()
print('tracked:', gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked(Cycle()))
wvd = weakref.WeakValueDictionary()
k = Thing('k')
wvd['k'] = k
print('wvd:', list(wvd.keys()))
del k
print('wvd after:', list(wvd.keys()))
x = Thing('x')
print('refcount:', sys.getrefcount(x))
