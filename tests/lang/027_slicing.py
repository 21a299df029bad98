# Slicing lists, tuples, strings and ranges with steps and negative bounds.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::3], a[1::3], a[::-1], a[::-2], a[8:2:-2])
print(a[-1:-4:-1], a[5:5], a[5:2], a[100:], a[-100:3], a[3:100], a[::100])
print(a[slice(2, 6)], a[slice(None, None, -3)], slice(1, 5, 2), slice(3))
t = tuple(a)
print(t[1:4], t[::-4], 'abcdef'[::-2], 'abcdef'[-2:], range(10)[2:8:2], range(10)[::-1])
s = slice(1, 10, 3)
print(s.start, s.stop, s.step, s.indices(5))
b = a[:]
print(b == a, b is a)
try:
    a[::0]
except ValueError as e:
    print('ValueError:', e)
