# Augmented assignment: numbers, sequences (in place), attributes, subscripts.
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7; print(x)
x /= 2; print(x)
b = 6; b &= 3; b |= 8; b ^= 1; b <<= 2; b >>= 1; print(b)
s = 'ab'; s += 'c'; s *= 2; print(s)
a = [1]; alias = a; a += [2]; print(a, alias, a is alias)
t = (1,); talias = t; t += (2,); print(t, talias, t is talias)
class C:
    n = 0
c = C(); c.n += 1; c.n += 1; print(c.n, C.n)
d = {'k': 1}; d['k'] += 10; print(d)
l = [1, 2]; l[0] -= 1; l[-1] *= 5; print(l)
calls = []
def key():
    calls.append('key')
    return 'k'
d[key()] += 1; print(d, calls)
