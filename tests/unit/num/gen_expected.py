#!/usr/bin/env python3
"""Generate expected.h for the numbers unit test from a real CPython 3.12:
   /root/.pyenv/versions/3.12.1/bin/python tests/unit/num/gen_expected.py > tests/unit/num/expected.h
The test itself never needs CPython."""
import random, sys

random.seed(12345)
out = []
def cstr(s):
    r = ''
    for b in s.encode('utf-8'):
        c = chr(b)
        if c == '\\' or c == '"': r += '\\' + c
        elif 32 <= b < 127 and c != '?': r += c
        else: r += '\\%03o' % b
    return '"' + r + '"'

# ---- float reprs
floats = [0.1, 1/3, 2/3, 1e16, 1e-5, 123456789.0, 2.5e-300, 1e308*10, -1e308*10, 0.0, -0.0, 1.0,
          1e15, 1e17, 9007199254740993.0, 5e-324, 1.7976931348623157e308, 0.30000000000000004,
          100.0, 1e22, 1e21, 1e-4, 0.0001234, 123.456, 2**0.5, 3.141592653589793, 1e-7,
          2.0**-1022, 2.0**-1074 * 3, 2.0**1023, 2.0**52, 2.0**53, 2.0**60, 1234567890123456789.0,
          0.5, 0.25, 1e100, 1.5e-10, 6.02214076e23]
for e in range(-330, 310, 7):
    floats.append(float('1e%d' % e) * 1.2345678912345)
    floats.append(2.0 ** (e * 3.3 if e * 3.3 < 1023 else 1000))
for _ in range(300):
    floats.append(random.uniform(-1, 1) * 10 ** random.randint(-300, 300))
    floats.append(float(random.randint(0, 2**53)) * 2.0 ** random.randint(-1070, 960))
floats = [f for f in floats if f == f]
out.append('static const struct { double v; const char *repr; } float_reprs[] = {')
for f in floats:
    lit = 'INFINITY' if f == float('inf') else '-INFINITY' if f == float('-inf') else f.hex()
    out.append('    {%s, %s},' % (lit, cstr(repr(f))))
out.append('};')

# ---- int arithmetic
def rint(nd):
    v = random.randint(10 ** (nd - 1), 10 ** nd)
    return -v if random.random() < 0.4 else v
pairs = [(2**1000, 3**200), (-(2**1000), 3**200), (7, -2), (-7, 2), (-7, -2), (10**50, -(10**20) - 7),
         (2**64, 2**32), (-(2**64) + 1, 2**30), (123456789012345678901234567890, 987654321),
         (2**60 - 1, 2**30 + 1), (-(2**62), 3), (1, 2**200), (0, 5), (-1, 2**100)]
for _ in range(120):
    pairs.append((rint(random.randint(1, 400)), rint(random.randint(1, 400))))
for _ in range(20):
    pairs.append((rint(random.randint(200, 2500)), rint(random.randint(100, 1500))))
out.append('static const struct { const char *a, *b, *add, *sub, *mul, *fdiv, *mod, *and_, *or_, *xor_, *truediv; } int_ops[] = {')
for a, b in pairs:
    try:
        td = repr(a / b)
    except OverflowError as e:
        td = '!OverflowError: ' + str(e)
    out.append('    {%s},' % ', '.join(cstr(str(x)) for x in
        (a, b, a + b, a - b, a * b, a // b, a % b, a & b, a | b, a ^ b)) + '' )
    out[-1] = out[-1][:-2] + ', ' + cstr(td) + '},'
out.append('};')

shifts = [(1, 100), (-1, 100), (2**100 + 12345, 37), (-(2**100) - 12345, 37), (-5, 1), (-(2**200), 199),
          (-(2**200) - 1, 200), (123456789, 0), (-7, 64), (3**300, 450), (-(3**300), 450)]
out.append('static const struct { const char *a; int n; const char *lsh, *rsh; } int_shifts[] = {')
for a, n in shifts:
    out.append('    {%s, %d, %s, %s},' % (cstr(str(a)), n, cstr(str(a << n)), cstr(str(a >> n))))
out.append('};')

pows = [(2, 1000, None), (3, 200, None), (-3, 101, None), (3, 4, 5), (-3, 4, 5), (3, 4, -5), (2, 100, 2**70),
        (7, 10**30, 10**9 + 7), (123456789, 987654321, 2**127 - 1), (3, 0, -5), (5, 0, 1), (10, 50, None)]
invs = [(3, -1, 7), (2, -3, 1000000007), (-5, -2, 13)]
out.append('static const struct { const char *b, *e, *m, *r; } int_pows[] = {')
for b, e, m in pows + invs:
    r = pow(b, e, m) if m is not None else b ** e
    out.append('    {%s, %s, %s, %s},' % (cstr(str(b)), cstr(str(e)), 'NULL' if m is None else cstr(str(m)), cstr(str(r))))
out.append('};')

# ---- hashes
hints = [2**61, -1, -2, 2**61 - 1, -(2**61), 2**100, -(2**100) + 3, 10**30, 12345, -12345, 2**62, 2**64 - 1]
for _ in range(30):
    hints.append(rint(random.randint(1, 60)))
out.append('static const struct { const char *v; long long h; } int_hashes[] = {')
for v in hints:
    out.append('    {%s, %dLL},' % (cstr(str(v)), hash(v)))
out.append('};')
hfl = [1.5, 1e100, -1e100, 0.5, 1e-300, 0.1, -2.5, 2.0**61, 2.0**70, 1e308, 5e-324, 123.456, float('inf'), float('-inf'), -0.0, 3.0]
out.append('static const struct { double v; long long h; } float_hashes[] = {')
for v in hfl:
    lit = 'INFINITY' if v == float('inf') else '-INFINITY' if v == float('-inf') else v.hex()
    out.append('    {%s, %dLL},' % (lit, hash(v)))
out.append('};')

# ---- int parsing
parses = [('  12  ', 10), ('-0x1f', 16), ('0x1f', 0), ('0o17', 0), ('0b101', 0), ('0b_101', 0), ('1_000_000', 10),
          ('_1', 10), ('1__0', 10), ('1_', 10), ('010', 0), ('00', 0), ('0_0', 0), ('z', 36), ('Zz', 36),
          ('abc', 10), ('', 10), ('+', 10), ('- 1', 10), ('0x', 16), ('0b2', 0), ('123456789' * 20, 10),
          ('-' + '7' * 300, 10), ('ff' * 100, 16), ('777' * 50, 8), ('1' * 200, 2), ('zzzz' * 30, 36), ('12' * 40, 3),
          ('9' * 4301, 10), ('1_0' * 2000, 10), ('1' * 5000, 16), ('x' * 300, 10)]
out.append('static const struct { const char *s; int base; const char *r; } int_parses[] = {')
for s, base in parses:
    try:
        r = str(int(s, base))
    except ValueError as e:
        r = '!' + str(e)
    out.append('    {%s, %d, %s},' % (cstr(s), base, cstr(r)))
out.append('};')

# ---- float parsing
fparse = ['1.5', '  -1.5e3 ', '1_0.5', '1__0', '.5', '5.', '.', 'inf', '-iNfInItY', 'nan', '1e', 'x', '0x10', '1e1_0',
          '1_e1', '+.5e-3', '1e400', '-1e-400', '3.14159265358979323846264338327950288', '']
out.append('static const struct { const char *s; const char *r; } float_parses[] = {')
for s in fparse:
    try:
        r = repr(float(s))
    except ValueError as e:
        r = '!' + str(e)
    out.append('    {%s, %s},' % (cstr(s), cstr(r)))
out.append('};')

# ---- rounding
rounds = [(2.675, 2), (0.125, 2), (2.5, 0), (-0.5, 0), (1e300, 2), (1.5, -1), (15.0, -1), (25.0, -1),
          (1.23456789e-300, 305), (12345.6789, -2), (-12350.0, -2), (0.1, 20), (1.7976931348623157e308, -300),
          (5e-324, 323), (123.456, 1), (-0.001, 2), (1234.5, -1), (1235.0, -1), (1245.0, -1)]
out.append('static const struct { double v; int n; const char *r; } float_rounds[] = {')
for v, n in rounds:
    try:
        r = repr(round(v, n))
    except OverflowError as e:
        r = '!' + str(e)
    out.append('    {%s, %d, %s},' % (v.hex(), n, cstr(r)))
out.append('};')
ir = [(12345, -2), (12350, -2), (12250, -2), (-12350, -2), (5, 2), (2**100 + 5 * 10**20, -21), (-15, -1), (25, -1)]
out.append('static const struct { const char *v; int n; const char *r; } int_rounds[] = {')
for v, n in ir:
    out.append('    {%s, %d, %s},' % (cstr(str(v)), n, cstr(str(round(v, n)))))
out.append('};')

# ---- format specs
ivals = [0, 1, -1, 7, -7, 42, 255, -255, 1234, -1234, 1234567, 10**20, -(10**20), 65, 2**64]
fvals = [0.0, -0.0, 1.0, -1.5, 3.14159, 1234.5, 1e16, 1e-5, 123456789.123, 1e100, 0.000123, 2.675,
         float('inf'), float('-inf'), float('nan'), 1e22, 0.5, 100.0, 9.995, 1e-7]
ispecs = ['', 'd', '5', '<5', '^7', '=8', '+', ' ', '-', '05', '010', '+010', ',', '_', '010,', '020_', 'x', 'X', '#x',
          '#X', 'o', '#o', 'b', '#b', '_b', '#_x', '#010x', 'c', '>5c', 'n', 'e', '.2f', '%', 'g', '.3', 's', 'z',
          '+c', '#c', ',x', ',b', '_n', ',,', '_,', ',_', '.', '*^10', 'x<8', '0<5', '0>5', '0^5', '0=5', '#015_b',
          '12,', '.2e', '+.1%', 'G', 'F', 'E', '-^9', '0', '1', 'q', '5.5', 'xx']
fspecs = ['', 'f', '.2f', '.0f', '#.0f', 'e', '.3e', '.0e', '#.0e', 'E', 'g', '.3g', '#g', '#.3g', 'G', '.3', '.0', '.1',
          '#', '#.3', '%', '.1%', '+', ' ', '10', '<10', '^10', '=10', '010', '+010.2f', ',', '_', ',.2f',
          '015,.2f', '020_.3f', 'z', 'z.1f', 'zf', 'n', '.3n', 'F', 'd', 'x', 'c', '.', ',,', '*>12.4g', '.20g',
          '.17', '.50f', '10.3%', '-', 'z+.2f', '.3e']
out.append('static const struct { char kind; const char *v; const char *spec; const char *r; } fmt_cases[] = {')
count = 0
for v in ivals:
    for s in ispecs:
        try:
            r = format(v, s)
        except (ValueError, OverflowError) as e:
            r = '!%s: %s' % (type(e).__name__, e)
        out.append("    {'i', %s, %s, %s}," % (cstr(str(v)), cstr(s), cstr(r)))
        count += 1
for v in fvals:
    for s in fspecs:
        try:
            r = format(v, s)
        except (ValueError, OverflowError) as e:
            r = '!%s: %s' % (type(e).__name__, e)
        lit = 'inf' if v == float('inf') else '-inf' if v == float('-inf') else 'nan' if v != v else v.hex()
        out.append("    {'f', %s, %s, %s}," % (cstr(lit), cstr(s), cstr(r)))
        count += 1
out.append('};')

# ---- % formatting via num_percent_format
pcs = [('i', '7', 'd', 0, -1, -1), ('i', '-7', 'd', 0, 5, 3), ('i', '7', 'd', 1, 5, -1), ('i', '7', 'd', 2 | 16, 5, -1),
       ('i', '255', 'x', 8, -1, -1), ('i', '8', 'o', 8, -1, -1), ('i', '255', 'X', 8, -1, -1), ('i', '7', 'd', 4, -1, -1),
       ('i', '-5', 'x', 0, -1, 3), ('i', '-5', 'x', 8, -1, 3), ('f', '-1.5', 'f', 16, 10, 3), ('f', '1e100', 'e', 0, -1, -1),
       ('i', '5', 'e', 0, -1, 0), ('f', '1e-5', 'g', 0, -1, -1), ('f', '1.0', 'g', 8, -1, -1), ('i', '5', 'x', 8, 5, -1),
       ('i', '5', 'x', 8 | 16, 5, -1), ('i', '5', 'x', 2, -1, -1), ('f', 'inf', 'F', 0, -1, -1), ('f', '1e-10', 'G', 0, -1, -1),
       ('f', '-inf', 'f', 16, 10, -1), ('f', '3.14159', 'f', 1, 8, 2), ('f', '2.0', 'f', 8, -1, 0), ('f', '3.7', 'd', 0, -1, -1)]
LJ, SG, BL, AL, ZE = 1, 2, 4, 8, 16
def pyfmt(kind, v, t, fl, w, p):
    spec = '%'
    if fl & LJ: spec += '-'
    if fl & SG: spec += '+'
    if fl & BL: spec += ' '
    if fl & AL: spec += '#'
    if fl & ZE: spec += '0'
    if w >= 0: spec += str(w)
    if p >= 0: spec += '.' + str(p)
    spec += t
    val = int(v) if kind == 'i' else float(v)
    return spec % val
out.append('static const struct { char kind; const char *v; char type; int flags; int width, prec; const char *r; } pct_cases[] = {')
for c in pcs:
    out.append("    {'%s', %s, '%s', %d, %d, %d, %s}," % (c[0], cstr(c[1]), c[2], c[3], c[4], c[5], cstr(pyfmt(*c))))
out.append('};')

print('/* Generated by gen_expected.py from CPython %s: do not edit. */' % sys.version.split()[0])
print('\n'.join(out))
