# versions: 3.8 3.9 3.10 3.11 3.12 3.13
import sys
import tracemalloc


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Box:
    __slots__ = ('w', 'h', 'd')

    def __init__(self, w, h, d):
        self.w = w
        self.h = h
        self.d = d


def measure(make, n):
    tracemalloc.start()
    objs = [make(i) for i in range(n)]
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return current


sizes = []
for k in range(6):
    p = Point(k, k)
    sizes.append(sys.getsizeof(p.__dict__))
print("Point dicts:", sizes, sys.getsizeof(Point(1, 2)))
for n in (5000, 50000):
    a = measure(lambda i: Point(i, i), n)
    b = measure(lambda i: Box(i, i, i), n)
    print("n=%d point=%.1f MB box=%.1f MB" % (n, a / 1e6, b / 1e6))
