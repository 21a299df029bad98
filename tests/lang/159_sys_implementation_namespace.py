import sys, copy
NS = type(sys.implementation)
print(NS.__name__, NS.__module__, NS.__qualname__)
n = NS(a=1, b='x')
print(n, n.a, n.b, repr(n))
n.c = [1]
del n.a
print(n, vars(n))
print(NS(a=1) == NS(a=1), NS(a=1) == NS(a=2), NS(a=1) != NS(a=1), NS() == 1)
m = copy.copy(n)
print(m, m is n, m.c is n.c, type(m) is NS)
d = copy.deepcopy(n)
print(d, d.c is n.c)
print(n.__reduce__()[0] is NS, n.__reduce__()[1:])
class Sub(NS):
    pass
s = Sub(x=1)
print(s, isinstance(s, NS), s == NS(x=1))
r = NS(); r.me = r
print(r)
try: NS(1)
except TypeError as e: print(e)
try: NS(**{'a': 1}, b=2); print('ok')
except TypeError as e: print(e)
e = NS()
print(e, bool(e))
try: hash(n)
except TypeError as ex: print(ex)
