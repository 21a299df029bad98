"""Generates dict_cases.h: random sequences of dict operations with the sys.getsizeof CPython
printed after each, per version. Ops: N new {}, D dict(), P<n> literal of n str keys,
s<k>/i<k> insert str/int key, x<k>/y<k> delete it, C clear, Y copy, Q popitem,
U<n> update from a dict of n fresh str keys, F<n> dict.fromkeys(list), G<n> dict.fromkeys(set)."""
from __future__ import print_function
import random
import sys

def run(ops):
    d = None
    sizes = []
    fresh = [0]
    for op in ops:
        kind, arg = op[0], int(op[1:]) if len(op) > 1 else 0
        if kind == 'N': d = {}
        elif kind == 'D': d = dict()
        elif kind == 'P': d = eval('{' + ','.join("'k%d':0" % i for i in range(arg)) + '}')
        elif kind == 's': d['k%d' % arg] = 0
        elif kind == 'i': d[arg] = 0
        elif kind == 'x': del d['k%d' % arg]
        elif kind == 'y': del d[arg]
        elif kind == 'C': d.clear()
        elif kind == 'Y': d = d.copy()
        elif kind == 'Q': d.popitem()
        elif kind == 'U':
            other = {}
            for i in range(arg):
                other['u%d' % (fresh[0] + i)] = 0
            fresh[0] += arg
            d.update(other)
        elif kind == 'F': d = dict.fromkeys(['f%d' % i for i in range(arg)])
        elif kind == 'G': d = dict.fromkeys(set(['f%d' % i for i in range(arg)]))
        sizes.append(sys.getsizeof(d))
    return sizes

def make(rng, n_ops, with_int):
    start = rng.choice(['N', 'D', 'P%d' % rng.randint(0, 30)])
    ops = [start]
    live = []
    if start[0] == 'P':
        live = [('s', i) for i in range(int(start[1:]))]
    nxt = 100
    for _ in range(n_ops):
        r = rng.random()
        if r < 0.55 or not live:
            if with_int and rng.random() < 0.3:
                key = ('i', nxt)
            else:
                key = ('s', nxt)
            nxt += 1
            live.append(key)
            ops.append('%s%d' % key)
        elif r < 0.75:
            key = live.pop(rng.randrange(len(live)))
            ops.append(('x' if key[0] == 's' else 'y') + str(key[1]))
        elif r < 0.78:
            ops.append('C'); live = []
        elif r < 0.83:
            ops.append('Y')
        elif r < 0.86:
            ops.append('Q'); live.pop()
        elif r < 0.92:
            k = rng.randint(1, 12); ops.append('U%d' % k)
            live += [('u', -1)] * k  # never deleted by name
        else:
            k = rng.randint(0, 25); ops.append(rng.choice('FG') + str(k)); live = [('f', -1)] * k
        # keep only deletable keys addressable by name
        live = [k for k in live if k[0] in 'si'] if rng.random() < 2 else live
    return ops

rng = random.Random(1234)
seqs = []
for i in range(120):
    seqs.append(make(rng, rng.randint(5, 60), with_int=(i % 3 == 0)))
# a few pure-growth sequences to 200 keys
seqs.append(['N'] + ['s%d' % i for i in range(200)])
seqs.append(['N'] + ['i%d' % i for i in range(200)])
seqs.append(['D', 's1', 's2', 'i3', 's4'])
ver = '%d.%d' % sys.version_info[:2]
for ops in seqs:
    if ver == '2.7' and any(o[0] in 'xyQ' for o in ops):
        continue  # 2.7 reuses deleted slots by hash: not part of the model's contract
    print('    {"%s", "%s", "%s"},' % (ver, ' '.join(ops), ' '.join(map(str, run(ops)))))
