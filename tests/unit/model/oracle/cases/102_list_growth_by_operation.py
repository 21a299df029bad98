# versions: 2.7 3.6 3.7 3.8 3.9 3.10 3.11 3.12 3.13
from __future__ import print_function
import sys
def sz(l): return (sys.getsizeof(l) - sys.getsizeof([])) // 8
res = []
for n in (1, 2, 3, 4, 5, 7, 8, 9, 13, 17, 25):
    t = tuple(range(n)); src = list(range(n))
    a = []; a.extend(t)
    b = []; b.extend(src)
    c = []; c.extend(iter(src))
    d = list(t); e = list(src); f = list(range(n)); g = list(x for x in src)
    h = [x for x in src]
    i = []
    for x in src: i.append(x)
    j = [0] * n; k = src * 2; l = src + src; m = src[:]; o = src[1:]
    p = sorted(src); q = list(src); q.append(1)
    r = list(src); r.insert(0, 1)
    s = [1, 2]; s.extend(t)
    u = list(src)
    while len(u) > 1: u.pop()
    v = list(src); del v[1:]
    w = list(map(str, src)); z = list(zip(src, src))
    y = list(src); y += t
    aa = list({}.fromkeys(src)); bb = list(set(src))
    cc = src.copy() if hasattr(src, 'copy') else src[:]
    res.append((n, [sz(x) for x in (a, b, c, d, e, f, g, h, i, j, k, l, m, o, p, q, r, s, u, v, y, aa, bb, cc)]))
for n, row in res: print(n, row)
