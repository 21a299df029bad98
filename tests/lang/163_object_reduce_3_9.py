# version: 3.9
import copy
print(object.__reduce_ex__ is not None, object.__reduce__ is not None)
class P:
    def __init__(self, a): self.a = a
class S:
    __slots__ = ('x', '__y', '__dict__')
    def __init__(self): self.x = 1; self.__y = 2
class E: pass
p = P([1, 2])
r = p.__reduce_ex__(2)
print(r[0].__name__, r[1][0] is P, r[1][1:], r[2], r[3], r[4])
q = copy.copy(p); print(type(q).__name__, q.a is p.a)
d = copy.deepcopy(p); print(d.a, d.a is p.a)
s = S(); s.z = 3
r = s.__reduce_ex__(4)
print(r[2], S.__slotnames__)
t = copy.copy(s); print(t.x, t._S__y, t.z)
print(E().__reduce_ex__(2)[1:])
class L(list): pass
l = L([1, 2]); l.k = 1
r = l.__reduce_ex__(2)
print(r[1][0] is L, r[1][1:], r[2], list(r[3]), r[4])
class Dd(dict): pass
r = Dd(a=1).__reduce_ex__(3)
print(r[2], r[3], list(r[4]))
class I(int): pass
r = I(5).__reduce_ex__(2)
print(r[1][0] is I, r[1][1:], r[2])
print(copy.copy(I(5)) == 5)
class K:
    def __getnewargs_ex__(self): return ((1,), {'k': 2})
    def __new__(cls, *a, **k): o = object.__new__(cls); o.args = (a, k); return o
r = K().__reduce_ex__(4)
print(r[0].__name__, r[1][0] is K, r[1][1:])
print(copy.copy(K()).args)
class R:
    def __reduce__(self): return 'R!'
print(R().__reduce_ex__(2))
r = P(1).__reduce__()
print(r[0].__name__, r[1], r[2])
r = P(1).__reduce_ex__(1)
print(r[0].__name__, r[1], r[2])
print(r[0](*r[1]).__class__.__name__)
try: S().__reduce_ex__(0)
except TypeError as e: print(e)
r = I(7).__reduce_ex__(0)
print(r[0].__name__, r[1][0] is I, r[1][1:], len(r))
try: (x for x in ()).__reduce_ex__(2)
except TypeError as e: print(e)
class G:
    def __getstate__(self): return {'g': 1}
print(G().__reduce_ex__(2)[2])
