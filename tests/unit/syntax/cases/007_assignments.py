x = 1
x = y = z = 1
x, y = 1, 2
x, y = y, x
(x, y) = 1, 2
[x, y] = 1, 2
x, *y = 1, 2, 3
*x, y = z
[x, *y] = z
(x) = 1
a.b = 1
a[0] = 1
a.b.c[0].d = 1
a[1:2] = b
x += 1
x -= 1; x *= 2; x /= 3; x //= 4; x %= 5; x **= 6; x @= 7
x <<= 1; x >>= 2; x &= 3; x |= 4; x ^= 5
a.b += 1
a[0] += 1
x: int
x: int = 1
(x): int = 1
a.b: int
a[0]: str = 'x'
x: list[int] = []
x: tuple = 1, 2
x = yield
x = yield y
x += yield
del x
del x, y
del x,
del (x, y)
del [x, y]
del a.b, a[0]
del (x)
for x, in y: pass
