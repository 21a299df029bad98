# Arithmetic dunders, reflected operands, in-place operators, NotImplemented.
class Vec:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return 'Vec%r' % (self.c,)
    def __add__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return Vec(*[a + b for a, b in zip(self.c, o.c)])
    def __mul__(self, k):
        return Vec(*[a * k for a in self.c])
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(*[-a for a in self.c])
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __iadd__(self, o):
        print('in-place add')
        self.c = (self + o).c
        return self
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))
v, w = Vec(1, 2), Vec(3, 4)
print(v + w, v * 3, 3 * v, -v, abs(w), v @ w)
v += w
print(v)
try:
    v + 1
except TypeError as e:
    print('TypeError:', e)
try:
    'a' - v
except TypeError as e:
    print('TypeError:', e)
class Money:
    def __init__(self, n):
        self.n = n
    def __radd__(self, other):
        return Money(other + self.n)
    def __repr__(self):
        return 'Money(%d)' % self.n
print(5 + Money(3), 0 + Money(1))
class Num:
    def __init__(self, v): self.v = v
    def __sub__(self, o): return 'sub'
    def __truediv__(self, o): return 'truediv'
    def __floordiv__(self, o): return 'floordiv'
    def __mod__(self, o): return 'mod'
    def __pow__(self, o): return 'pow'
    def __lshift__(self, o): return 'lshift'
    def __and__(self, o): return 'and'
    def __or__(self, o): return 'or'
    def __xor__(self, o): return 'xor'
    def __invert__(self): return 'invert'
    def __pos__(self): return 'pos'
n = Num(1)
print(n - 1, n / 1, n // 1, n % 1, n ** 1, n << 1, n & 1, n | 1, n ^ 1, ~n, +n)
