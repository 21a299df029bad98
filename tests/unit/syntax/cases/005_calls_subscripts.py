f()
f(a)
f(a, b)
f(a, b,)
f(*a)
f(**k)
f(a, *b, c, *d, e=1, **f)
f(a=1, *b)
f(a=1, b=2, **c, d=3)
f(x for x in y)
f((x for x in y), 1)
f(a)(b)(c)
a.b.c
a.b(c).d[e]
a[0]
a[-1]
a[1:2]
a[1:2:3]
a[:]
a[::]
a[1:]
a[:2]
a[::3]
a[1:2, ::3]
a[1, 2]
a[1,]
a[(1, 2)]
a[x:y, z]
a[...]
a[*b]
a[b, *c]
a[x := 1]
f(x := 1)
f(x := 1, y)
print(a, end='')
