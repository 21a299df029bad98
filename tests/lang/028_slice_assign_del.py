# Slice assignment and deletion.
a = list(range(10))
a[2:5] = ['x']; print(a)
a[:0] = [-2, -1]; print(a)
a[len(a):] = [99]; print(a)
a[1:3] = []; print(a)
a[::2] = 'ABCDE'[:len(a[::2])]; print(a)
del a[::3]; print(a)
del a[1]; print(a)
del a[-2:]; print(a)
a[:] = range(3); print(a)
b = [1, 2, 3, 4]
b[1:3] = b; print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print('ValueError:', e)
c = [0, 1, 2, 3, 4, 5]
c[4:1:-1] = 'abc'; print(c)
del c[:]; print(c)
d = {'k': 1, 'j': 2}
del d['k']; print(d)
