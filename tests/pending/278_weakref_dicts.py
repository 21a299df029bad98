# WeakValueDictionary, WeakKeyDictionary, WeakSet.
import weakref, gc
class Obj:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'Obj(%d)' % self.n
wvd = weakref.WeakValueDictionary()
a, b = Obj(1), Obj(2)
wvd['a'] = a
wvd['b'] = b
print('wvd', sorted(wvd.keys()), wvd['a'], len(wvd), 'a' in wvd)
del a
print('after del', sorted(wvd.keys()), len(wvd), 'a' in wvd, wvd.get('a', 'gone'))
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('missing key', lambda: wvd['a'])
attempt('int value', lambda: wvd.__setitem__('i', 5))
print('setdefault', wvd.setdefault('b', None), wvd.pop('b'), len(wvd))
cache = weakref.WeakValueDictionary()
def get(n):
    v = cache.get(n)
    if v is None:
        v = cache[n] = Obj(n)
        print('created', n)
    return v
x = get(1); y = get(1)
print('cached', x is y)
del x, y
z = get(1)
wkd = weakref.WeakKeyDictionary()
k1, k2 = Obj(10), Obj(20)
wkd[k1] = 'one'; wkd[k2] = 'two'
print('wkd', len(wkd), wkd[k1], k1 in wkd, sorted(wkd.values()))
del k1
print('after del key', len(wkd), list(wkd.values()))
attempt('wkd str key', lambda: wkd.__setitem__('s', 1))
attempt('wkd int key', lambda: wkd.__setitem__(1, 1))
ws = weakref.WeakSet()
s1, s2 = Obj(1), Obj(2)
ws.add(s1); ws.add(s2); ws.add(s1)
print('weakset', len(ws), s1 in ws)
del s1
print('weakset after del', len(ws), list(ws))
attempt('weakset int', lambda: ws.add(3))
c = Obj(99); c.self = c
wvd2 = weakref.WeakValueDictionary(k=c)
del c
print('cycle value before collect', len(wvd2))
gc.collect()
print('cycle value after collect', len(wvd2))
print('types', type(wvd).__name__, type(wkd).__name__, type(ws).__name__)
print('repr prefix', repr(wvd).split(' at ')[0], repr(wkd).split(' at ')[0])
d2 = weakref.WeakValueDictionary({'q': Obj(5)})
print('temp value gone', len(d2))
