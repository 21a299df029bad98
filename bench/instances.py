# 1,000,000 instances of a two-attribute class, all alive at once.
# usage: instances.py dict|slots [trace]   (trace: run under tracemalloc and report the peak)
import sys
kind = sys.argv[1] if len(sys.argv) > 1 else 'dict'
trace = 'trace' in sys.argv[2:]
class WithDict:
    def __init__(self, x, y):
        self.x = x
        self.y = y
class WithSlots:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
cls = WithSlots if kind == 'slots' else WithDict
if trace:
    import tracemalloc
    tracemalloc.start()
objs = [cls(i, i) for i in range(1000000)]
if trace:
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(kind, 'peak MB', round(peak / 1e6, 1))
print(kind, len(objs), objs[-1].x)
