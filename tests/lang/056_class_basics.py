# Classes: __init__, methods, instance attributes, bound methods, class identity.
class Point:
    """A point."""
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
p = Point(3, 4)
print(p.x, p.y, p.norm2(), Point.norm2(p), p.move(1, 1).norm2(), p.x)
print(type(p).__name__, type(p) is Point, isinstance(p, Point), isinstance(p, object), Point.__doc__)
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__bases__)
m = p.norm2
print(m(), m.__self__ is p, m.__func__ is Point.norm2)
p.z = 'dynamic'
print(sorted(vars(p).items()), p.__dict__ == {'x': 4, 'y': 5, 'z': 'dynamic'})
class Empty:
    pass
e = Empty()
print(type(e).__name__, vars(e), Empty.__bases__, e.__class__ is Empty)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, Outer.Inner.__name__)
print(Point, repr(Point), Outer.Inner)
