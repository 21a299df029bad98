# version: 3.7
# Subclassing list and dict: which methods call the overrides and which do not.
class LoggingList(list):
    def append(self, x):
        print('append', x)
        super().append(x)
    def __setitem__(self, i, v):
        print('setitem', i, v)
        super().__setitem__(i, v)
ll = LoggingList([1])
ll.append(2)
ll[0] = 10
ll.extend([3])
ll += [4]
print('list', ll, type(ll).__name__, type(ll + [5]).__name__, type(ll[:1]).__name__, type(ll * 2).__name__)
print('copy', type(ll.copy()).__name__, ll == [10, 2, 3, 4], repr(ll))
class D(dict):
    def __setitem__(self, k, v):
        print('setitem', k)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print('getitem', k)
        return super().__getitem__(k)
d = D(a=1)
d['b'] = 2
d.update(c=3)
d.setdefault('e', 5)
print('get bypasses', d.get('a'))
print('getitem', d['a'])
print('dict', sorted(d.items()), type(d.copy()).__name__, repr(D(x=1)))
print('fromkeys', type(D.fromkeys('ab')).__name__, D.fromkeys('ab'))
print('union', type(d | {}).__name__ if hasattr(dict, '__or__') else 'n/a')
class Default(dict):
    def __missing__(self, k):
        self[k] = v = len(k)
        return v
dd = Default()
print('missing', dd['abc'], dict(dd))
class Attr(dict):
    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__
a = Attr(x=1)
def attr_dict():
    a.y = 2
    return a.x, a.y, sorted(a)
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('attr dict', attr_dict)
attempt('attr missing', lambda: a.zz)
class SL(list):
    __slots__ = ('meta',)
s = SL([1, 2]); s.meta = 'm'
print('list with slots', s, s.meta, hasattr(s, '__dict__'))
attempt('list slots new attr', lambda: setattr(s, 'other', 1))
class SD(dict):
    __slots__ = ('meta',)
sd = SD(a=1); sd.meta = 'm'
print('dict with slots', sd, sd.meta)
class Init(list):
    def __init__(self, n):
        super().__init__(range(n))
print('init', Init(3), len(Init(4)))
attempt('list subclass hash', lambda: hash(LoggingList()))
class Sorted(list):
    def __lt__(self, o): return len(self) < len(o)
print('sorted', sorted([Sorted([1, 2]), Sorted([1])]))
import collections
class OD(collections.OrderedDict): pass
od = OD(b=1, a=2)
od.move_to_end('b')
print('OrderedDict sub', list(od), type(od).__name__)
class UD(collections.UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
u = UD(a=1); u.update(b=2)
print('UserDict', dict(u))
