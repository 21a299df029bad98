# Sets (printed sorted: str set order depends on the hash seed).
s = {3, 1, 2}
s.add(4); s.add(1); s.discard(10); s.remove(2)
print(sorted(s), len(s), 3 in s, 2 in s)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9])), sorted(a.intersection(b, {4})), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a <= a, {1} < a, a >= {1, 2}, a.issubset(range(10)), a.isdisjoint({7}), a == {4, 3, 2, 1})
c = set('mississippi'); print(sorted(c), len(c))
a |= {7}; a &= {1, 7, 3}; a -= {3}; print(sorted(a))
p = {1}; print(p.pop(), p, set(), type({}), len(set()))
w = {'x', 'y'}; w.update(['z'], 'q'); print(sorted(w))
try:
    set().pop()
except KeyError as e:
    print('KeyError:', e)
try:
    {1}.remove(5)
except KeyError as e:
    print('KeyError:', e)
try:
    {[1]}
except TypeError as e:
    print('TypeError:', e)
print({1, 1.0, True}, {0, False}, set([5]), repr(set()))
