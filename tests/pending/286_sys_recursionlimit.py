# sys.getrecursionlimit/setrecursionlimit and RecursionError.
import sys
print('default', sys.getrecursionlimit())
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('set 0', lambda: sys.setrecursionlimit(0))
attempt('set -5', lambda: sys.setrecursionlimit(-5))
attempt('set float', lambda: sys.setrecursionlimit(1.5))
attempt('set str', lambda: sys.setrecursionlimit('100'))
attempt('set none', lambda: sys.setrecursionlimit())
attempt('set big', lambda: sys.setrecursionlimit(2 ** 40))
sys.setrecursionlimit(200)
print('now', sys.getrecursionlimit())
def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth()
print('reached about limit', 150 < d < 200)
def rec():
    return rec()
attempt('recursion error', rec)
class R:
    def __repr__(self):
        return repr(self)
attempt('repr recursion', lambda: repr(R()))
class G:
    def __getattr__(self, name):
        return getattr(self, name)
attempt('getattr recursion', lambda: G().x)
sys.setrecursionlimit(1000)
print('restored', sys.getrecursionlimit())
print('RecursionError base', RecursionError.__mro__[1].__name__)
