# version: 3.6
# sys.getrefcount for fresh objects, containers and attributes.
import sys
class C: pass
o = C()
print('fresh', sys.getrefcount(o))
l = [o, o]
print('in list twice', sys.getrefcount(o))
del l
print('list gone', sys.getrefcount(o))
d = {'k': o}
print('dict value', sys.getrefcount(o))
d2 = {o: 1}
print('dict key', sys.getrefcount(o))
del d, d2
t = (o,)
print('tuple', sys.getrefcount(o))
del t
p = C(); p.attr = o
print('attribute', sys.getrefcount(o))
del p
def f(x):
    return sys.getrefcount(x)
print('argument', f(o))
print('new list literal', sys.getrefcount([]))
print('new object', sys.getrefcount(C()))
m = o.__init__
print('bound method holds self', sys.getrefcount(o))
del m
print('class', sys.getrefcount(C) > 2)
print('big int', sys.getrefcount(10 ** 30))
x = 10 ** 30
print('big int var', sys.getrefcount(x))
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('no args', lambda: sys.getrefcount())
attempt('two args', lambda: sys.getrefcount(1, 2))
