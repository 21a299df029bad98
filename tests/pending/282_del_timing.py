# __del__ runs exactly when the last reference goes, as in CPython's refcounting.
import sys
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('  del', self.n)
print('1: overwrite variable')
x = T(1)
x = None
print('2: function return value discarded')
def make():
    return T(2)
make()
print('3: exception holds frame locals')
def fails():
    t = T(3)
    raise ValueError
try:
    fails()
except ValueError:
    print('  in handler')
print('  after handler')
print('4: container order')
lst = [T(40), T(41), T(42)]
del lst
print('5: dict clear order')
d = {'a': T(50), 'b': T(51)}
d.clear()
print('6: attribute replaced')
class H: pass
h = H(); h.t = T(6)
h.t = 'other'
print('7: chained ownership')
a = T(70); a.child = T(71); a.child.child = T(72)
del a
print('8: nested functions')
def outer():
    t = T(8)
    def inner():
        return t.n
    return inner
f = outer()
print('  closure alive', f())
del f
print('9: generator locals')
def gen():
    t = T(9)
    yield 1
    yield 2
g = gen(); next(g)
g.close()
print('  after close')
print('10: list pop')
l2 = [T(10)]
l2.pop()
print('11: reassign in loop')
for i in range(2):
    v = T(110 + i)
del v
print('12: del in __del__ of container')
class Box:
    def __init__(self):
        self.inner = T(12)
    def __del__(self):
        print('  Box del first')
Box()
print('13: sys.getrefcount')
o = T(13)
print('  refcount', sys.getrefcount(o))
p = o
print('  refcount', sys.getrefcount(o))
del p
print('  refcount', sys.getrefcount(o))
del o
print('end')
