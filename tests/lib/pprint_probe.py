# versions: 3.8 3.9 3.10 3.12 3.13
import sys
import pprint
from collections import OrderedDict, defaultdict, Counter, deque
from dataclasses import dataclass, field

V = tuple(sys.version_info)[:2]
data = {'name': 'slotscope', 'versions': [2.7, 3.6, 3.7, 3.8, 3.9, 3.10, 3.11, 3.12, 3.13],
        'nested': {'a': list(range(30)), 'b': ('x' * 30, 'y' * 30, 'z' * 30), 'c': {1, 2, 3}},
        'empty': [], 'e2': {}, 'e3': (), 'one': (1,), 'flag': True, 'none': None, 10: 'int key'}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=4)
pprint.pprint(data, depth=2)
pprint.pprint(data, compact=True, width=60)
pprint.pprint(list(range(40)), compact=True)
pprint.pprint(list(range(40)))
pprint.pprint({'z': 1, 'a': 2, 'm': 3}, sort_dicts=False)
pprint.pp({'z': 1, 'a': 2, 'm': [1] * 40})
print(pprint.pformat({'k%d' % i: i for i in range(8)}, width=30))
s = ('Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor '
     'incididunt ut labore et dolore magna aliqua.\nUt enim ad minim veniam, quis nostrud.')
pprint.pprint(s)
pprint.pprint({'text': s, 'short': 'ok'}, width=50)
pprint.pprint([s[:60], s[:90]])
pprint.pprint(frozenset(range(25)))
pprint.pprint(set('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP'))
pprint.pprint([[1, [2, [3, [4, [5, [6]]]]]]], depth=3)
rec = [1, 2]
rec.append(rec)
d = {'self': None}
d['self'] = d
print(pprint.pformat(rec).split(' with id=')[0], pprint.pformat(d).split(' with id=')[0])
print(pprint.saferepr(rec).startswith('[1, 2, <Recursion on list with id='), pprint.isrecursive(rec),
      pprint.isreadable(rec), pprint.isreadable([1, 'a', (None,)]), pprint.isreadable(object()))
print(pprint.saferepr({'b': 1, 'a': [1, 2]}), pprint.saferepr('x'))
pprint.pprint(OrderedDict((str(i) * 10, i) for i in range(6)))
dd = defaultdict(list)
for i in range(8):
    dd['key%d' % i].append(i * 1000)
pprint.pprint(dd)
pprint.pprint(Counter('abracadabra' * 10 + 'xyzw' * 7 + 'qrstuvw'))
pprint.pprint(deque(range(30)))
pprint.pprint(deque(range(30), maxlen=40))


@dataclass
class Point:
    x: int
    y: int
    tags: list = field(default_factory=list)


pprint.pprint(Point(1, 2, ['alpha' * 5, 'beta' * 5, 'gamma' * 5, 'delta' * 5]))
pprint.pprint([Point(i, i * i) for i in range(4)])
pp = pprint.PrettyPrinter(indent=2, width=30)
pp.pprint({'a': [1, 2, 3] * 5})
print(pp.pformat((1, 2)), pp.isreadable([1]))
for bad in ({'indent': -1}, {'depth': 0}, {'width': 0}):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print('ValueError', e)
if V >= (3, 10):
    pprint.pprint([10 ** 10, 123456789] * 8, underscore_numbers=True)
import types
pprint.pprint(bytes(range(60)))
pprint.pprint([b'abcdefgh' * 12, b'xy'])
pprint.pprint(types.MappingProxyType({'key%d' % i: 'value' * i for i in range(6)}))
if V >= (3, 9):
    pprint.pprint(types.SimpleNamespace(alpha=list(range(20)), beta='b' * 40, gamma={'g': 1}))
