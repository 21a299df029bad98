# A small program: a class hierarchy with a registry, super(), properties and operators.
import functools, math
class Shape:
    registry = {}
    def __init_subclass__(cls, kind=None, **kw):
        super().__init_subclass__(**kw)
        if kind:
            Shape.registry[kind] = cls
    def __init__(self, name):
        self.name = name
    def area(self):
        raise NotImplementedError(type(self).__name__ + '.area')
    def __repr__(self):
        return '%s(%r, area=%.2f)' % (type(self).__name__, self.name, self.area())
    def __lt__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return self.area() < other.area()
    def __eq__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return self.area() == other.area()
    __hash__ = None
    def __add__(self, other):
        if isinstance(other, Shape):
            return self.area() + other.area()
        return NotImplemented
    __radd__ = lambda self, other: self.area() + other
class Rect(Shape, kind='rect'):
    def __init__(self, w, h, name='rect'):
        super().__init__(name)
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect, kind='square'):
    def __init__(self, s):
        super().__init__(s, s, name='square')
    @property
    def side(self):
        return self.w
    @side.setter
    def side(self, v):
        if v <= 0:
            raise ValueError('side must be positive, got %r' % (v,))
        self.w = self.h = v
class Circle(Shape, kind='circle'):
    def __init__(self, r):
        super().__init__('circle')
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
shapes = [Shape.registry['rect'](2, 3), Square(2), Circle(1)]
print(sorted(shapes))
print('registry', sorted(Shape.registry))
print('total', round(sum(shapes), 3), round(shapes[0] + shapes[1], 3))
print('max', max(shapes).name, 'eq', Rect(1, 4) == Square(2), Rect(1, 4) == 4)
sq = Square(3)
sq.side = 5
print('side', sq.side, sq.area(), [c.__name__ for c in Square.__mro__])
for bad in (lambda: setattr(sq, 'side', 0), lambda: Shape('abstract').area(), lambda: {sq}, lambda: sq < 3, lambda: sq + 'x'):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ': ' + str(e))
@functools.total_ordering
class Version:
    __slots__ = ('parts',)
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return 'Version(%s)' % '.'.join(map(str, self.parts))
vs = [Version('1.10'), Version('1.2'), Version('1.2.1')]
print(sorted(vs), Version('2.0') >= Version('1.9'), len({Version('1.0'), Version('1.0')}))
