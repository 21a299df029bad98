# __slots__: fixed attributes, no __dict__, AttributeError for others, member descriptors.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, hasattr(p, '__dict__'), P.__slots__)
print(P.x, type(P.x).__name__)
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError:', e)
q = P.__new__(P)
try:
    q.x
except AttributeError as e:
    print('AttributeError:', e)
del p.x
print(hasattr(p, 'x'))
class D(P):
    pass
d = D(1, 2); d.z = 3
print(d.z, hasattr(d, '__dict__'), d.__dict__)
class S(P):
    __slots__ = ('z',)
s = S(1, 2); s.z = 3
print(s.x, s.y, s.z, hasattr(s, '__dict__'))
class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict(); w.a = 1; w.b = 2
print(w.a, w.__dict__)
class One:
    __slots__ = 'only'
o = One(); o.only = 'string slots'
print(o.only, One.__slots__)
try:
    class Conflict:
        __slots__ = ('v',)
        v = 1
except ValueError as e:
    print('ValueError:', e)
