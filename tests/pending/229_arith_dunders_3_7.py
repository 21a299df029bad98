# version: 3.7
# Arithmetic special methods, reflected forms, in-place fallback, unary and conversions.
class N:
    def __init__(self, v): self.v = v
    def __repr__(self): return 'N(%r)' % (self.v,)
ops = ['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'divmod', 'pow', 'lshift', 'rshift', 'and', 'xor', 'or']
for op in ops:
    def fwd(self, o, op=op): return 'N.__%s__(%r)' % (op, o)
    def ref(self, o, op=op): return 'N.__r%s__(%r)' % (op, o)
    setattr(N, '__%s__' % op, fwd)
    setattr(N, '__r%s__' % op, ref)
n = N(1)
print(n + 2, n - 2, n * 2, n @ 2, n / 2, n // 2, n % 2, divmod(n, 2), n ** 2, n << 2, n >> 2, n & 2, n ^ 2, n | 2, sep='\n')
print(2 + n, 2 - n, 2 * n, 2 @ n, 2 / n, 2 // n, 2 % n, divmod(2, n), 2 ** n, 2 << n, 2 >> n, 2 & n, 2 ^ n, 2 | n, sep='\n')
print('pow 3 args', end=' ')
try:
    print(pow(n, 2, 3))
except TypeError as e:
    print('TypeError: ' + str(e))
class I:
    def __init__(self, v): self.v = v
    def __iadd__(self, o):
        self.v += o
        return self
    def __add__(self, o): return 'plain add'
    def __repr__(self): return 'I(%d)' % self.v
x = I(1); y = x
x += 5
print('iadd', x, x is y)
class OnlyAdd:
    def __add__(self, o): return 'fallback add'
z = OnlyAdd(); z += 1
print('iadd fallback', z)
class IaddNI:
    def __iadd__(self, o): return NotImplemented
    def __radd__(self, o): return 'radd'
w = IaddNI()
try:
    w += 1
    print('iadd NotImplemented then?', w)
except TypeError as e:
    print('iadd NotImplemented: TypeError: ' + str(e))
class U:
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'invert'
    def __abs__(self): return 'abs'
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __index__(self): return 3
    def __round__(self, nd=None): return 'round %r' % (nd,)
    def __trunc__(self): return 9
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
u = U()
import math
print('unary', -u, +u, ~u, abs(u))
print('conv', int(u), float(u), bin(u), hex(u), [0, 1, 2, 3][u], round(u), round(u, 2))
print('math', math.trunc(u), math.floor(u), math.ceil(u))
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
class E: pass
attempt('add', lambda: E() + 1)
attempt('radd', lambda: 1 + E())
attempt('sub', lambda: E() - E())
attempt('matmul', lambda: E() @ 1)
attempt('pow', lambda: E() ** 2)
attempt('pow3', lambda: pow(E(), 2, 3))
attempt('neg', lambda: -E())
attempt('invert', lambda: ~E())
attempt('abs', lambda: abs(E()))
attempt('int', lambda: int(E()))
attempt('float', lambda: float(E()))
attempt('index', lambda: [1][E()])
attempt('round', lambda: round(E()))
attempt('divmod', lambda: divmod(E(), 1))
def iadd(a, b):
    a += b
    return a
def imatmul(a, b):
    a @= b
    return a
attempt('iadd', lambda: iadd(E(), 1))
attempt('imatmul', lambda: imatmul(E(), 1))
class BadInt:
    def __int__(self): return 'x'
class BadFloat:
    def __float__(self): return 1
class BadIndex:
    def __index__(self): return 1.0
attempt('__int__ returns str', lambda: int(BadInt()))
attempt('__float__ returns int', lambda: float(BadFloat()))
attempt('__index__ returns float', lambda: [1][BadIndex()])
class IntLike:
    def __index__(self): return 4
attempt('int() via __index__', lambda: int(IntLike()))
class TruncOnly:
    def __trunc__(self): return 8
attempt('int() via __trunc__', lambda: int(TruncOnly()))
