# Dropping 100,000-deep chains of lists, tuples, dicts, sets (frozensets) and instances
# must not overflow the C stack (the deallocators put off deep frees: CPython's trashcan).
import gc
N = 100000
class Box(object):
    __slots__ = ('v',)
    def __init__(self, v):
        self.v = v
def chain(make):
    x = None
    for i in range(N):
        x = make(x)
    return x
for name, make in [('list', lambda x: [x]), ('tuple', lambda x: (x,)),
                   ('dict', lambda x: {'k': x}), ('set', lambda x: {Box(x), 1}),
                   ('frozenset', lambda x: frozenset([x, 0]))]:
    c = chain(make)
    del c
    print(name, 'dropped')
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
c = chain(Node)
del c
print('instances dropped')
c = chain(lambda x: [x, (x,), {'k': x}])
del c
print('mixed dropped')
# a deep chain in a cycle, freed by the collector
c = chain(lambda x: [x])
tail = c
for i in range(N - 1):
    tail = tail[0]
tail[0] = c
del c, tail
print('collected', gc.collect() >= N)
# atomic containers stop being tracked once the collector has seen them
t = (1, 'a', None, (2.5,))
d = {'a': 1, 2: 'b'}
e = {'a': []}
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(d), gc.is_tracked(e), gc.is_tracked(([],)))
d['l'] = []
print(gc.is_tracked(d))
d['l'].append(d)
del d
print('cycle through a dict', gc.collect())
