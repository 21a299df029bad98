# Starred targets and starred expressions in displays and calls.
first, *rest = [1, 2, 3, 4]; print(first, rest)
*init, last = 'abcd'; print(init, last)
a, *mid, z = range(5); print(a, mid, z)
a, *mid, z = 1, 2; print(a, mid, z)
(p, *q), r = [1, 2, 3], 4; print(p, q, r)
print([*range(3), *'ab'], (*[1], 2), {*[1, 1], 2} == {1, 2}, {**{'a': 1}, 'b': 2})
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], 3, *(4,), **{'x': 1}, y=2))
try:
    a, *b, c = [1]
except ValueError as e:
    print('ValueError:', e)
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)
print(*[1, 2, 3], sep='-')
