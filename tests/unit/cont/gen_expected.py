"""Generate expected.h for the container unit test from a real CPython 3.12.

Run: /root/.pyenv/versions/3.12.1/bin/python tests/unit/cont/gen_expected.py > tests/unit/cont/expected.h
The test itself never needs CPython."""
import random
import sys

assert sys.version_info[:2] == (3, 12)
rng = random.Random(20240607)
NONE = "INT64_MIN"  # encodes None / a marker in int64 arrays
out = []


def emit_array(name, ctype, values):
    out.append(f"static const {ctype} {name}[] = {{")
    line = []
    for v in values:
        line.append(str(v))
        if len(line) == 16:
            out.append("    " + ", ".join(line) + ",")
            line = []
    if line:
        out.append("    " + ", ".join(line) + ",")
    out.append("};")


def alloc(l):
    return (sys.getsizeof(l) - 56) // 8


# ---- 1. set iteration order: ops (+v add, discard encoded as op 1) -> order
set_ops, set_cases, set_orders = [], [], []
for case in range(80):
    s = set()
    ops = []
    n = rng.randint(1, 70)
    lo, hi = rng.choice([(0, 20), (-50, 1000), (0, 100000), (-(2**40), 2**40)])
    for _ in range(n):
        if s and rng.random() < 0.2:
            v = rng.choice(sorted(s))
            s.discard(v)
            ops += [1, v]
        else:
            v = rng.randint(lo, hi)
            s.add(v)
            ops += [0, v]
    order = list(s)
    set_cases.append((len(set_ops), len(ops) // 2, len(set_orders), len(order)))
    set_ops += ops
    set_orders += order
emit_array("set_ops", "int64_t", set_ops)
emit_array("set_orders", "int64_t", set_orders)
out.append("static const struct { int ops, nops, order, norder; } set_cases[] = {")
out += [f"    {{{a}, {b}, {c}, {d}}}," for a, b, c, d in set_cases]
out.append("};")

# ---- 2. set operations: a op b -> order (op: 0 |, 1 &, 2 -, 3 ^)
sop_data, sop_cases = [], []
for case in range(60):
    a = [rng.randint(0, 60) for _ in range(rng.randint(0, 25))]
    b = [rng.randint(0, 60) for _ in range(rng.randint(0, 25))]
    op = case % 4
    sa, sb = set(a), set(b)
    r = [sa | sb, sa & sb, sa - sb, sa ^ sb][op]
    base = len(sop_data)
    sop_data += a + b + list(r)
    sop_cases.append((op, base, len(a), len(b), len(r)))
emit_array("sop_data", "int64_t", sop_data)
out.append("static const struct { int op, base, na, nb, nr; } sop_cases[] = {")
out += [f"    {{{a}, {b}, {c}, {d}, {e}}}," for a, b, c, d, e in sop_cases]
out.append("};")

# ---- 3. hashes of tuples and frozensets of ints: token streams (TUPLE n / FROZEN n / int)
TUP, FRZ = "(INT64_MIN + 1)", "(INT64_MIN + 2)"
hash_tokens, hash_cases = [], []


def rand_obj(depth):
    r = rng.random()
    if depth < 3 and r < 0.25:
        return tuple(rand_obj(depth + 1) for _ in range(rng.randint(0, 5)))
    if depth < 3 and r < 0.32:
        return frozenset(rng.randint(-100, 100) for _ in range(rng.randint(0, 12)))
    return rng.choice([rng.randint(-5, 300), rng.randint(-(2**62), 2**62), -1, -2, 2**61 - 1, 2**61])


def tokens(o):
    if isinstance(o, tuple):
        t = [TUP, len(o)]
        for x in o:
            t += tokens(x)
        return t
    if isinstance(o, frozenset):
        return [FRZ, len(o)] + list(o)
    return [o]


for case in range(120):
    o = tuple(rand_obj(1) for _ in range(rng.randint(0, 6))) if case % 5 else rand_obj(0)
    if not isinstance(o, (tuple, frozenset)):
        o = (o,)
    t = tokens(o)
    hash_cases.append((len(hash_tokens), hash(o)))
    hash_tokens += t
emit_array("hash_tokens", "int64_t", hash_tokens)
out.append("static const struct { int tok; int64_t hash; } hash_cases[] = {")
out += [f"    {{{a}, {b}LL}}," for a, b in hash_cases]
out.append("};")

# ---- 4. list growth: scripts of ops, allocated after each
L_APPEND, L_POP, L_EXTEND_LIST, L_EXTEND_RANGE, L_INSERT0, L_DEL_SLICE, L_CLEAR, L_IMUL, L_LIST_RANGE, L_REPEAT = range(10)
lops, lexp = [], []
l = []
lops.append((L_CLEAR, 0, 0)); l.clear(); lexp.append(alloc(l))
for i in range(101):
    l.append(i); lops.append((L_APPEND, 0, 0)); lexp.append(alloc(l))
for i in range(95):
    l.pop(); lops.append((L_POP, 0, 0)); lexp.append(alloc(l))
for n in range(0, 25):
    l = list(range(n)); lops.append((L_LIST_RANGE, n, 0)); lexp.append(alloc(l))
    l = [0] * n; lops.append((L_REPEAT, n, 0)); lexp.append(alloc(l))
for step in range(60):
    k = rng.choice(range(10))
    op = rng.choice([L_APPEND, L_POP, L_EXTEND_LIST, L_EXTEND_RANGE, L_INSERT0, L_DEL_SLICE, L_IMUL])
    a = b = 0
    if op == L_APPEND: l.append(0)
    elif op == L_POP:
        if not l: op = L_APPEND; l.append(0)
        else: l.pop()
    elif op == L_EXTEND_LIST: a = k; l.extend([0] * k)
    elif op == L_EXTEND_RANGE: a = k; l.extend(range(k))
    elif op == L_INSERT0: l.insert(0, 1)
    elif op == L_DEL_SLICE:
        a = rng.randint(0, len(l)); b = rng.randint(a, len(l)); del l[a:b]
    elif op == L_IMUL:
        a = rng.choice([0, 1, 2, 3]) if len(l) < 30 else 1; l *= a
    lops.append((op, a, b)); lexp.append(alloc(l))
out.append("static const struct { int op, a, b; long alloc; } list_script[] = {")
out += [f"    {{{o}, {a}, {b}, {e}}}," for (o, a, b), e in zip(lops, lexp)]
out.append("};")

# ---- 5. dicts: ops on int/str keys; after each: order and getsizeof. A key k is a str
# (str(k)) if mode is 1 (all str) or mode is 2 and k >= 30; an int otherwise.
D_SET, D_DEL, D_POPITEM, D_CLEAR, D_COPY = range(5)
dord, dcases = [], []
for case in range(15):
    mode = case % 3
    mk = lambda k: str(k) if mode == 1 or (mode == 2 and k >= 30) else k
    d = {}
    for step in range(rng.randint(5, 70)):
        r = rng.random()
        key = rng.randint(0, 40)
        if r < 0.6:
            op = D_SET
            d[mk(key)] = step
        elif r < 0.8 and d:
            op = D_DEL
            key = int(rng.choice(list(d)))
            del d[mk(key)]
        elif r < 0.9 and d:
            op = D_POPITEM
            d.popitem()
        elif r < 0.95:
            op = D_COPY
            d = d.copy()
        else:
            op = D_CLEAR
            d.clear()
        keys = [int(k) for k in d]
        dcases.append((case, op, key, mode, len(dord), len(keys), sys.getsizeof(d)))
        dord += keys
emit_array("dict_orders", "int64_t", dord)
out.append("static const struct { int run, op; int64_t key; int mode, order, norder; long size; } dict_script[] = {")
out += [f"    {{{a}, {b}, {c}, {d}, {e}, {f}, {g}}}," for a, b, c, d, e, f, g in dcases]
out.append("};")

# ---- 6. sort: comparison logs (count and FNV-1a hash of the (a, b) pairs) and results
log = []


class K:
    def __init__(self, v, i):
        self.v, self.i = v, i

    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v


def fnv(pairs):
    h = 1469598103934665603
    for a, b in pairs:
        for x in (a, b):
            h = ((h ^ (x & 0xFFFFFFFFFFFFFFFF)) * 1099511628211) & 0xFFFFFFFFFFFFFFFF
    return h


sort_data, sort_cases = [], []
shapes = ["random", "sorted", "reversed", "dups", "runs", "nearly"]
for case in range(36):
    n = rng.choice([0, 1, 2, 5, 10, 33, 64, 65, 100, 130, 300, 700])
    shape = shapes[case % len(shapes)]
    if shape == "random": vals = [rng.randint(0, 10**6) for _ in range(n)]
    elif shape == "sorted": vals = list(range(n))
    elif shape == "reversed": vals = list(range(n, 0, -1))
    elif shape == "dups": vals = [rng.randint(0, 5) for _ in range(n)]
    elif shape == "runs":
        vals = []
        while len(vals) < n:
            k = rng.randint(1, 40); s = rng.randint(0, 1000)
            vals += list(range(s, s + k)) if rng.random() < 0.5 else list(range(s + k, s, -1))
        vals = vals[:n]
    else:
        vals = list(range(n))
        for _ in range(max(1, n // 20)):
            if n > 1:
                i, j = rng.randrange(n), rng.randrange(n); vals[i], vals[j] = vals[j], vals[i]
    rev = case % 4 == 3
    objs = [K(v, i) for i, v in enumerate(vals)]
    log.clear()
    objs.sort(reverse=rev)
    sort_cases.append((len(sort_data), n, int(rev), len(log), fnv(log)))
    sort_data += vals + [o.i for o in objs]
emit_array("sort_data", "int64_t", sort_data)
out.append("static const struct { int base, n, reverse; long ncmp; uint64_t hash; } sort_cases[] = {")
out += [f"    {{{a}, {b}, {c}, {d}, {e}ULL}}," for a, b, c, d, e in sort_cases]
out.append("};")

# ---- 7. slices on list(range(n)): get / set (m new items, values 100..) / del; result or error
SL_GET, SL_SET, SL_DEL = range(3)
sl_data, sl_cases = [], []
ERR_NONE, ERR_VALUE = 0, 1
for case in range(300):
    n = rng.randint(0, 9)
    def idx():
        return None if rng.random() < 0.25 else rng.randint(-12, 12)
    start, stop = idx(), idx()
    step = None if rng.random() < 0.4 else rng.choice([1, 1, 2, 3, -1, -1, -2, -3, 5])
    op = rng.choice([SL_GET, SL_SET, SL_SET, SL_DEL])
    m = rng.randint(0, 5)
    l = list(range(n))
    err = ERR_NONE
    msg = ""
    try:
        sl = slice(start, stop, step)
        if op == SL_GET: l = l[sl]
        elif op == SL_SET: l[sl] = list(range(100, 100 + m))
        else: del l[sl]
    except ValueError as e:
        err, msg = ERR_VALUE, str(e)
    enc = lambda x: NONE if x is None else x
    sl_cases.append((n, enc(start), enc(stop), enc(step), op, m, err, len(sl_data), len(l), alloc(l) if op != SL_GET else -1, msg))
    sl_data += l
emit_array("slice_data", "int64_t", sl_data)
out.append("static const struct { int n; int64_t start, stop, step; int op, m, err, base, len; long alloc; const char *msg; } slice_cases[] = {")
out += [f'    {{{a}, {b}, {c}, {d}, {e}, {f}, {g}, {h}, {i}, {j}, "{k}"}},' for a, b, c, d, e, f, g, h, i, j, k in sl_cases]
out.append("};")

print("/* expected.h: generated by gen_expected.py from CPython %s; do not edit. */" % sys.version.split()[0])
print("#include <stdint.h>")
print("\n".join(out))
