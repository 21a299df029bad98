"""A realistic program about __slots__ and memory."""
import sys
from dataclasses import dataclass, field


class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)


class Point3D(Point):
    __slots__ = ('z',)

    def __init__(self, x, y, z=0.0):
        super().__init__(x, y)
        self.z = z


class Plain:
    def __init__(self, x, y):
        self.x, self.y = x, y


@dataclass(slots=True)
class Item:
    name: str
    price: float = 0.0
    tags: list[str] = field(default_factory=list)


def total_size(objs):
    return sum(sys.getsizeof(o) for o in objs)


def main(n=1000):
    points = [Point(i, i * 2) for i in range(n)]
    plains = [Plain(i, i * 2) for i in range(n)]
    print(f"slots: {total_size(points):>10,} bytes")
    print(f"dicts: {total_size(plains) + total_size(p.__dict__ for p in plains):>10,} bytes")
    try:
        points[0].z = 1
    except AttributeError as e:
        print('no z:', e)
    else:
        raise AssertionError('expected AttributeError')
    finally:
        del points
    counts = {}
    for p in plains:
        counts[p.x % 3] = counts.get(p.x % 3, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return ranked[:3] if ranked else None


if __name__ == '__main__':
    main()
