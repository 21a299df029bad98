# Dicts keep insertion order; deleting and re-inserting moves a key to the end.
d = {}
for k in ['x', 'b', 'm', 'a']:
    d[k] = len(d)
print(d)
del d['b']; d['b'] = 9; print(d)
d['x'] = 'kept place'; print(list(d))
ks = d.keys(); vs = d.values(); it = d.items()
d['new'] = 1
print(list(ks), list(vs), len(it), 'new' in ks, ('x', 'kept place') in it)
print(sorted(d.keys() & {'a', 'm', 'zz'}), sorted(d.keys() - {'a'}), reversed(d) is not None, list(reversed(d)))
try:
    for k in d:
        d['boom'] = 1
except RuntimeError as e:
    print('RuntimeError:', e)
n = {i: i * i for i in range(10)}
for i in range(0, 10, 2):
    del n[i]
print(n, len(n))
