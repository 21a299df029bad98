# versions: 2.7 3.6 3.7 3.8 3.9 3.10 3.11 3.12 3.13
from __future__ import print_function
import sys
def sz(s): return (sys.getsizeof(s) - sys.getsizeof(set())) // 16
out = []
for n in (4, 5, 6, 10, 11, 19, 20, 21, 22, 40, 43, 50, 80, 90, 200):
    a = set(range(n))
    b = set()
    for i in range(n): b.add(i)
    c = set(a); d = set(list(range(n))); e = frozenset(range(n)); f = a.copy(); g = set(); g.update(a)
    h = set(dict.fromkeys(range(n))); i2 = a | set([1000]); j = set([-1]); j.update(a)
    k = set(a); 
    for x in range(n // 2): k.discard(x)
    l = {x for x in range(n)} if sys.version_info[0] > 2 else set(x for x in range(n))
    out.append((n, [sz(x) for x in (a, b, c, d, e, f, g, h, i2, j, k, l)]))
for r in out: print(*r)
