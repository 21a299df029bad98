a + b - c
a * b / c // d % e @ f
a ** b ** c
-a ** b
-2 ** 2
2 ** -1
(-2) ** 2
~a; +a; -a; not a; - - a; not not a
a << b >> c
a & b | c ^ d
a | b & c
a + b * c - d / e
(a + b) * c
a and b or c and d
a or b or c
a and b and c
(a or b) or c
not a and b
a if b else c
a if b else c if d else e
lambda: a if b else c
a < b; a > b; a == b; a >= b; a <= b; a != b
a < b < c <= d
a in b; a not in b; a is b; a is not b
(a < b) < c
a < (b < c)
not a < b
a + b < c * d
x[0] ** 2
-x.y
await_ = 1
