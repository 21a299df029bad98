# Tuple and list unpacking, nested targets, for-loop targets.
a, b, c = 1, 2, 3; print(a, b, c)
(a, b), c = (4, 5), 6; print(a, b, c)
[a, b] = 'xy'; print(a, b)
a, (b, [c, d]) = 1, (2, [3, 4]); print(a, b, c, d)
for i, (k, v) in enumerate({'p': 1, 'q': 2}.items()):
    print(i, k, v)
x = y = z = 0; print(x, y, z)
a, b = b, a; print(a, b)
l = [0, 0]; i = 0
i, l[i] = 1, 5; print(i, l)
for bad in [(1, 2, 3), (1,), 5]:
    try:
        a, b = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
d = {}
d['a'], d['b'] = 'AB'; print(d)
