# Rich comparisons: NotImplemented, reflection, subclass priority, default ==, messages.
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print('V.__eq__', self.v, type(o).__name__)
        return isinstance(o, V) and self.v == o.v if isinstance(o, V) else NotImplemented
    def __lt__(self, o):
        print('V.__lt__', self.v)
        return self.v < o.v if isinstance(o, V) else NotImplemented
    __hash__ = None
class W(V):
    def __gt__(self, o):
        print('W.__gt__', self.v)
        return self.v > o.v
print('eq', V(1) == V(1))
print('ne derived', V(1) != V(2))
print('lt', V(1) < V(2))
print('gt reflected', V(3) > V(2))
print('subclass reflected first', V(1) < W(2))
print('eq with int', V(1) == 1, 1 == V(1))
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('le unsupported', lambda: V(1) <= V(2))
attempt('lt with int', lambda: V(1) < 1)
attempt('int gt obj', lambda: 1 > V(1))
class Plain: pass
a, b = Plain(), Plain()
print('identity eq', a == a, a == b, a != b)
attempt('plain lt', lambda: a < b)
attempt('plain ge', lambda: a >= 3)
attempt('mixed', lambda: 'a' < 1)
attempt('list of objs sort', lambda: sorted([Plain(), Plain()]))
class Always:
    def __eq__(self, o):
        return 'truthy string'
print('eq returns non-bool', Always() == 1, 1 == Always())
print('in uses eq', 1 in [Always()], Always() in [1])
class NeOnly:
    def __ne__(self, o):
        return 'ne called'
print('ne only', NeOnly() != 1, NeOnly() == NeOnly())
class Left:
    def __eq__(self, o):
        print('Left.__eq__')
        return NotImplemented
class Right:
    def __eq__(self, o):
        print('Right.__eq__')
        return NotImplemented
print('both NotImplemented', Left() == Right())
print('ne both NotImplemented', Left() != Right())
class BadCmp:
    def __lt__(self, o):
        raise RuntimeError('cmp boom')
attempt('raises', lambda: BadCmp() < 1)
attempt('max', lambda: max(V(1), V(3)).v)
import functools
@functools.total_ordering
class T:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print('total_ordering', T(1) <= T(2), T(3) >= T(2), T(1) > T(2))
print('NotImplemented repr', repr(NotImplemented), bool(NotImplemented) if False else 'skip')
print('object eq', object.__eq__(a, a), object.__eq__(a, b), object.__ne__(a, b), object.__lt__(a, b))
print('int eq float', int.__eq__(1, 1.0), (1).__lt__('a'))
