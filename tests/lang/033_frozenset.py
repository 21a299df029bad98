# frozenset: immutable and hashable.
f = frozenset([3, 1, 2, 3])
print(sorted(f), len(f), 2 in f, type(f).__name__, frozenset() == set(), repr(frozenset()))
d = {f: 'frozen key'}
print(d[frozenset({1, 2, 3})])
print(sorted(f | {9}), type(f | {9}).__name__, type({9} | f).__name__, f == {1, 2, 3})
try:
    f.add(4)
except AttributeError as e:
    print('AttributeError:', e)
print(frozenset({1}), frozenset([frozenset([1])]) == {frozenset({1})})
