# del on names, items, slices, attributes.
x = 1
del x
try:
    print(x)
except NameError as e:
    print('NameError:', e)
l = [1, 2, 3, 4]; del l[0], l[-1]; print(l)
d = {'a': 1, 'b': 2}; del d['a']; print(d)
class O: pass
o = O(); o.attr = 5; del o.attr; print(hasattr(o, 'attr'))
try:
    del o.attr
except AttributeError as e:
    print('AttributeError:', e)
try:
    del d['zz']
except KeyError as e:
    print('KeyError:', e)
a, b = 1, 2
del a, b
print('a' in dir(), 'b' in dir())
def f():
    y = 1
    del y
    return y
try:
    f()
except UnboundLocalError as e:
    print('UnboundLocalError:', e)
