"""Generates inst_cases.h: random histories of classes, instances and attributes with the
sys.getsizeof CPython reports for instance dicts and classes. Ops (space separated):
K<c> new class c; I<c>.<o> new instance o of class c; S<o>.<k> setattr(o, 'a<k>', 1) (a name o
lacks); X<o>.<k> delattr; V<o>.<k> vars(o)['a<k>'] = 1; Z<o> vars(o)[0] = 1 (a non-str key);
G<o> getsizeof(o.__dict__); T<c> getsizeof(class c). Only G and T print a size."""
from __future__ import print_function
import random
import sys

def run(ops):
    classes, insts, out = {}, {}, []
    for op in ops:
        kind, rest = op[0], op[1:]
        if kind == 'K':
            ns = {'__slots__': ('s', '__dict__')} if rest.endswith('h') else {}
            classes[int(rest.rstrip('h'))] = type('C%s' % rest, (object,), ns)
        elif kind == 'I':
            c, o = map(int, rest.split('.'))
            insts[o] = classes[c]()
        elif kind in 'SXV':
            o, k = map(int, rest.split('.'))
            if kind == 'S': setattr(insts[o], 'a%d' % k, 1)
            elif kind == 'X': delattr(insts[o], 'a%d' % k)
            else: vars(insts[o])['a%d' % k] = 1
        elif kind == 'Z':
            vars(insts[int(rest)])[0] = 1
        elif kind == 'G':
            out.append(sys.getsizeof(insts[int(rest)].__dict__))
        elif kind == 'T':
            out.append(sys.getsizeof(classes[int(rest)]))
    return out

def make(rng):
    ops = []
    nclass = rng.randint(1, 3)
    for c in range(nclass):
        ops.append('K%d%s' % (c, 'h' if rng.random() < 0.3 else ''))
    attrs = {}          # instance -> set of attribute numbers it has
    cls_of = {}
    has_int = set()
    o = 0
    for _ in range(rng.randint(10, 70)):
        r = rng.random()
        if r < 0.15 or not attrs:
            c = rng.randrange(nclass)
            ops.append('I%d.%d' % (c, o)); attrs[o] = set(); cls_of[o] = c; o += 1
            continue
        inst = rng.choice(sorted(attrs))
        have = attrs[inst]
        if r < 0.62:
            # mostly the "usual" names in the usual order, sometimes others
            k = min(set(range(40)) - have) if rng.random() < 0.8 else rng.randrange(40)
            if k in have: continue
            ops.append('%s%d.%d' % ('S' if rng.random() < 0.85 else 'V', inst, k)); have.add(k)
        elif r < 0.70 and have:
            k = rng.choice(sorted(have)); ops.append('X%d.%d' % (inst, k)); have.discard(k)
        elif r < 0.72 and inst not in has_int:
            ops.append('Z%d' % inst); has_int.add(inst)
        elif r < 0.93:
            ops.append('G%d' % inst)
        else:
            ops.append('T%d' % cls_of[inst])
    for inst in sorted(attrs):
        ops.append('G%d' % inst)
    return ops

rng = random.Random(99)
seqs = [make(rng) for _ in range(150)]
# the corpus' classic shapes: a class whose instances grow, and many instances of one class
seqs.append(['K0'] + sum([['I0.%d' % i] + ['S%d.%d' % (i, k) for k in range(i + 1)] + ['G%d' % i]
                          for i in range(35)], []))
seqs.append(['K0'] + sum([['I0.%d' % i, 'S%d.0' % i, 'S%d.1' % i, 'S%d.2' % i, 'G%d' % i]
                          for i in range(12)], []))
seqs.append(['K0', 'I0.0', 'S0.0', 'S0.1', 'I0.1', 'S1.1', 'S1.0', 'G0', 'G1', 'T0'])
ver = '%d.%d' % sys.version_info[:2]
for ops in seqs:
    if ver == '2.7' and any(o[0] in 'XZ' or o.endswith('h') for o in ops):
        continue  # 2.7: deleted slots are reused by hash
    print('    {"%s", "%s", "%s"},' % (ver, ' '.join(ops), ' '.join(map(str, run(ops)))))
