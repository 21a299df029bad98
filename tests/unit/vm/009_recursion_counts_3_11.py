# version: 3.11
import sys
n = 0
class C:
    def __repr__(self):
        global n
        n += 1
        return repr(self)
for lim in (200, 1000, 3000):
    sys.setrecursionlimit(lim)
    n = 0
    try: repr(C())
    except RecursionError as e: print(lim, n, e)
class D:
    def __repr__(self):
        global n
        n += 1
        return self.__repr__()
n = 0
sys.setrecursionlimit(1000)
try: repr(D())
except RecursionError as e: print("direct", n, e)
