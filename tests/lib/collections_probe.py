# versions: 3.8 3.9 3.10 3.11 3.12 3.13
# shadow: keyword,abc,collections
import sys
import copy
import collections
from collections import namedtuple, OrderedDict, defaultdict, Counter, deque, ChainMap
import collections.abc as cabc
V = sys.version_info[:2]


def attempt(label, fn):
    try:
        print(label, '->', fn())
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)


Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=5), Point._make([3, 4]))
print(isinstance(p, tuple), Point.__slots__, Point.__doc__, Point.__name__, Point.__module__)
print(Point.x.__doc__, Point.__new__.__doc__, hash(p) == hash((1, 2)), p == (1, 2))
attempt('missing', lambda: Point(1))
attempt('extra', lambda: Point(1, 2, 3))
attempt('_make', lambda: Point._make([1]))
attempt('_replace', lambda: p._replace(z=1))
attempt('setattr', lambda: setattr(p, 'x', 3))
attempt('dict', lambda: p.__dict__)
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 9])
print(P3(1), P3._field_defaults, P3(1, 2, 3))
R = namedtuple('R', 'abc def _x abc', rename=True)
print(R._fields)
attempt('bad name', lambda: namedtuple('Q', 'a class'))
attempt('underscore', lambda: namedtuple('Q', '_a'))
attempt('dup', lambda: namedtuple('Q', 'a a'))
attempt('ident', lambda: namedtuple('Q', 'a-b'))
attempt('defaults', lambda: namedtuple('Q', 'a', defaults=[1, 2]))
if V >= (3, 10):
    print(Point.__match_args__)
print(copy.copy(p), copy.deepcopy(P3(1, [2])))


class Sub(namedtuple('Base', 'u v')):
    __slots__ = ()

    @property
    def total(self):
        return self.u + self.v


print(Sub(1, 2), Sub(1, 2).total)

od = OrderedDict(a=1, b=2, c=3)
od.move_to_end('a')
print(od, list(od))
od.move_to_end('c', last=False)
print(list(od.items()), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict(a=1) == OrderedDict(a=1), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1),
      OrderedDict(a=1, b=2) == dict(b=2, a=1))
attempt('move missing', lambda: OrderedDict().move_to_end('x'))
attempt('popitem empty', lambda: OrderedDict().popitem())
print(OrderedDict.fromkeys('ab'), copy.copy(OrderedDict(x=1)))
if V >= (3, 9):
    print(OrderedDict(a=1) | {'b': 2})

dd = defaultdict(list)
dd['x'].append(1)
dd['y']
print(dd, dd['x'], len(dd), 'z' in dd, dd.default_factory)
print(defaultdict(), defaultdict(None, {'a': 1}), defaultdict(int, a=1).copy())
attempt('missing', lambda: defaultdict()['k'])
attempt('not callable', lambda: defaultdict(1))
print(isinstance(dd, dict), copy.deepcopy(dd))

c = Counter('abracadabra')
print(c, c['a'], c['z'], c.most_common(2), sorted(c.elements())[:4])
c.update('aaz')
c.subtract({'b': 5})
print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=-2), Counter(a=3, b=1) - Counter(a=1, b=2),
      Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(+Counter(a=1, b=-1), -Counter(a=1, b=-1), Counter(), Counter({'x': 2}))
del c['nothing']
c2 = Counter(a=1)
c2 += Counter(a=-1, b=2)
print(c2, Counter(a=1) == Counter(a=1, b=0))
if V >= (3, 10):
    print(Counter(a=2, b=3).total(), Counter(a=1) <= Counter(a=2))
attempt('fromkeys', lambda: Counter.fromkeys('ab'))

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, d.pop(), d.popleft(), d, len(d), d[0], d[-1], 2 in d)
d.rotate(1)
print(d)
d.rotate(-2)
print(d)
d.extend([7, 8])
d.extendleft([9, 10])
print(d, d.count(7), d.index(7))
m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(9)
m.appendleft(-1)
print(m, list(reversed(m)), deque(), deque('ab') == deque('ab'), deque([1]) < deque([2]))
attempt('pop empty', lambda: deque().pop())
attempt('popleft empty', lambda: deque().popleft())
attempt('index', lambda: deque([1])[5])
attempt('remove', lambda: deque([1]).remove(2))
print(deque([1]) + deque([2]), deque([1, 2]) * 2, copy.copy(m), copy.deepcopy(deque([[1]], 4)))
d3 = deque([1, 2, 3])
d3[1] = 5
del d3[0]
d3.insert(0, 'x')
d3.reverse()
print(d3, bool(deque()), d3.copy())

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), cm.get('z', 0), 'b' in cm)
cm['c'] = 4
print(cm, cm.maps[0], cm.parents, cm.new_child({'a': 0})['a'])
attempt('chain missing', lambda: cm['zz'])

print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance((), cabc.MutableSequence),
      isinstance(iter([]), cabc.Iterator), isinstance([], cabc.Iterable), isinstance(5, cabc.Hashable),
      isinstance([], cabc.Hashable), isinstance(len, cabc.Callable), isinstance({1}, cabc.Set),
      isinstance(frozenset(), cabc.MutableSet), isinstance('s', cabc.Sized), isinstance(d, cabc.Sized))


class MyMap(cabc.Mapping):
    def __init__(self, d):
        self._d = d

    def __getitem__(self, k):
        return self._d[k]

    def __len__(self):
        return len(self._d)

    def __iter__(self):
        return iter(self._d)


mm = MyMap({'a': 1, 'b': 2})
print(mm.get('a'), 'b' in mm, list(mm.keys()), list(mm.items()), list(mm.values()), mm == {'a': 1, 'b': 2})
print(isinstance(mm, cabc.Mapping), issubclass(MyMap, cabc.Sized), issubclass(dict, cabc.MutableMapping))
attempt('abstract', lambda: cabc.Sequence())


class MySeq(cabc.MutableSequence):
    def __init__(self):
        self._l = []

    def __getitem__(self, i):
        return self._l[i]

    def __setitem__(self, i, v):
        self._l[i] = v

    def __delitem__(self, i):
        del self._l[i]

    def __len__(self):
        return len(self._l)

    def insert(self, i, v):
        self._l.insert(i, v)


s = MySeq()
s.append(1)
s.extend([2, 3])
s.reverse()
print(list(s), s.index(2), s.count(3), 3 in s, s.pop(), list(reversed(s)))


class HasIter:
    def __iter__(self):
        return iter([])


print(issubclass(HasIter, cabc.Iterable), issubclass(HasIter, cabc.Iterator), cabc.Iterable.__module__)
