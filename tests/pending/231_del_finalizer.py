# __del__ runs when the last reference goes, once; cycles need gc.collect().
import gc
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('__del__', self.name)
a = D('a')
print('before del')
del a
print('after del')
b = D('b')
b = D('b2')
print('rebound')
def scope():
    local = D('local')
    print('in scope')
scope()
print('after scope')
lst = [D('in list')]
lst.clear()
print('after clear')
d = {'k': D('in dict')}
d['k'] = None
print('after dict overwrite')
x = D('x'); y = x
del x
print('still referenced')
del y
print('gone')
gc.disable()
c1 = D('cycle1'); c2 = D('cycle2')
c1.other = c2; c2.other = c1
del c1, c2
print('cycle not freed yet')
gc.collect()
print('collected')
gc.enable()
class Resurrect:
    saved = []
    def __del__(self):
        print('resurrecting')
        Resurrect.saved.append(self)
r = Resurrect()
del r
print('saved', len(Resurrect.saved))
Resurrect.saved.clear()
print('cleared: __del__ not called again')
class Raises:
    def __del__(self):
        raise ValueError('ignored')
Raises()
print('exception in __del__ ignored')
def gen():
    try:
        yield 1
    finally:
        print('generator finally on close')
g = gen(); next(g)
del g
print('after generator')
class Tmp:
    def __del__(self):
        print('temporary freed')
Tmp()
print('after temporary')
print([Tmp() for _ in range(2)] and 'list built')
print('end of program')
class AtExit:
    def __del__(self):
        print('module global freed at exit')
keep = AtExit()
