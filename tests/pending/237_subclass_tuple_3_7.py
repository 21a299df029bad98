# version: 3.7
# Subclassing tuple: __new__, immutability, namedtuple, slots.
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    def __repr__(self):
        return 'Pair%s' % tuple.__repr__(self)
p = Pair(1, 2)
print('pair', p, p.first, len(p), p + (3,), type(p + (3,)).__name__, type(p[:1]).__name__)
print('eq/hash', p == (1, 2), hash(p) == hash((1, 2)), (1, 2) in {p})
a, b = p
print('unpack', a, b, list(p), p * 2)
p.extra = 'dict allowed'
print('dict', p.__dict__)
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('setitem', lambda: p.__setitem__(0, 1))
attempt('nonempty slots', lambda: type('T', (tuple,), {'__slots__': ('a',)}))
class Empty(tuple):
    __slots__ = ()
e = Empty((1, 2))
print('empty slots', e, hasattr(e, '__dict__'))
attempt('empty slots attr', lambda: setattr(e, 'x', 1))
attempt('tuple subclass init arg', lambda: Empty(1))
attempt('kwargs', lambda: Empty(x=1))
from collections import namedtuple
Point = namedtuple('Point', 'x y')
pt = Point(1, y=2)
print('namedtuple', pt, pt.x, pt._fields, pt._asdict(), pt._replace(x=5), Point._make([3, 4]))
print('nt slots', Point.__slots__, hasattr(pt, '__dict__'))
attempt('nt set', lambda: setattr(pt, 'x', 5))
attempt('nt new attr', lambda: setattr(pt, 'z', 5))
attempt('nt missing', lambda: Point(1))
attempt('nt too many', lambda: Point(1, 2, 3))
attempt('nt bad field', lambda: namedtuple('Bad', 'x def'))
attempt('nt dup field', lambda: namedtuple('Bad', 'x x'))
attempt('nt underscore', lambda: namedtuple('Bad', 'x _y'))
class Point3(Point):
    __slots__ = ()
    def norm(self):
        return self.x ** 2 + self.y ** 2
print('nt subclass', Point3(3, 4).norm(), Point3(3, 4))
Dflt = namedtuple('Dflt', ['a', 'b'], defaults=[9])
print('defaults', Dflt(1), Dflt._field_defaults)
print('rename', namedtuple('R', ['a', 'def', 'a'], rename=True)._fields)
