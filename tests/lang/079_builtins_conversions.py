# Constructors and conversions: str, repr, int, float, bool, list, tuple, dict, set, frozenset, bytes, object, chr, ord, format, hash of ints.
print(str(5), str(-1.5), str([1, '2']), str(b'x'), repr('q'), repr([1, 'q']), repr(1.0), repr(None))
print(int('7'), int(7.9), int(-7.9), int('1' * 25), float('1e3'), float(' -0.5 '), float(3), bool('False'), bool(0.0))
print(list((1, 2)), list({'a': 1}), tuple([3]), tuple('xy'), dict(a=1), dict([(1, 2)]), sorted(set([3, 3, 1])), sorted(frozenset('aba')))
print(bytes(2), bytes([104, 105]), bytes('hi', 'utf-8'), list(b'hi'), bytearray(b'x') + b'y')
o = object()
print(type(o).__name__, object.__name__, isinstance(o, object), o == o, o != object())
print(chr(65), chr(8364), ord('A'), ord('\n'), [ord(c) for c in 'Az'], chr(ord('a') + 1))
print(format(3.14159, '.2f'), format(255, 'x'), format('s', '>3'), format(1234, ','), format(0.5, '%'))
print(hash(1), hash(0), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(10 ** 20), hash(1.0), hash(0.5), hash(True))
print(hash((1, 2)) == hash((1, 2)), hash(1) == hash(1.0), hash(2 ** 70) == hash(2 ** 70 % (2 ** 61 - 1)))
for bad in (lambda: int('x'), lambda: int('1.5'), lambda: float('abc'), lambda: int(''), lambda: int('12', 2), lambda: chr(-1), lambda: ord('ab'), lambda: int(None), lambda: int([1]), lambda: hash([])):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
