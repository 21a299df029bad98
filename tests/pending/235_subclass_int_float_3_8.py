# version: 3.8
# Subclassing int, float, bool (not allowed).
class Money(int):
    def __new__(cls, v, cur='EUR'):
        self = super().__new__(cls, v)
        self.cur = cur
        return self
    def __repr__(self):
        return 'Money(%d, %s)' % (int(self), self.cur)
m = Money(5, 'USD')
print('value', m, m + 1, type(m + 1).__name__, m * 2, -m, abs(Money(-3)))
print('isinstance', isinstance(m, int), type(m).__mro__ == (Money, int, object), m == 5, hash(m) == hash(5))
print('str/format', str(m), '%d' % m, '{:x}'.format(m), f'{m:>6}', int(m).__class__.__name__)
print('dict', m.__dict__, vars(m))
class Positive(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError('negative: %r' % v)
        return super().__new__(cls, v)
print('positive', Positive(3), Positive(7), type(Positive(3)).__name__)
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('negative', lambda: Positive(-1))
attempt('subclass bool', lambda: type('B', (bool,), {}))
attempt('int subclass base', lambda: Positive('12', 16))
class Temp(float):
    def __str__(self):
        return '%.1f°' % self
t = Temp(21.456)
print('float', t, repr(t), t + 1, type(t + 1).__name__, t.is_integer(), round(t, 1))
print('float eq', Temp(1.5) == 1.5, Temp('2.5'), Temp(), int(Temp(3.9)))
class Flag(int):
    __slots__ = ()
f = Flag(3)
print('empty slots', f, hasattr(f, '__dict__'))
attempt('empty slots attr', lambda: setattr(f, 'x', 1))
class Over(int):
    def __add__(self, o):
        return 'Over.__add__'
    def __eq__(self, o):
        return 'Over eq'
    __hash__ = int.__hash__
print('overrides', Over(1) + 1, 1 + Over(1), Over(1) == 1, sum([Over(1), 2]) if False else 'skip')
print('bool ops', True + True, isinstance(True, int), type(True).__mro__[1].__name__)
class BigInt(int): pass
print('big', BigInt(2 ** 100) + 1, BigInt(-2 ** 64), BigInt(2**100).bit_length())
print('int() of subclass', type(int(BigInt(4))).__name__, type(+BigInt(4)).__name__, type(BigInt(4).real).__name__)
print('float() of subclass', type(float(Temp(1))).__name__, type(Temp(1).real).__name__)
