# versions: 3.8 3.10 3.11 3.12 3.13
import sys
import reprlib
from collections import deque

V = tuple(sys.version_info)[:2]
r = reprlib.repr
print(r(list(range(20))), r(tuple(range(3))), r((1,)), r(set(range(10))), r(frozenset()))
print(r({i: str(i) for i in range(10)}), r({}), r(set()), r(deque(range(10))))
print(r('a' * 100), r('short'), r(2 ** 200), r(12345))
print(r([[[[[[[[1]]]]]]]]), r({'a': {'b': {'c': {'d': {'e': {'f': {'g': 1}}}}}}}))


class Big:
    def __repr__(self):
        return 'Big(' + 'x' * 50 + ')'


class Broken:
    def __repr__(self):
        raise ValueError


print(r(Big()), r([Big()]), r(Broken()).startswith('<Broken instance at 0x'))
a = reprlib.Repr()
a.maxlist = 2
a.maxstring = 10
a.maxlevel = 2
print(a.repr([1, 2, 3]), a.repr('abcdefghijklmnop'), a.repr([[[1]]]), a.maxdict, a.maxother)
print(r({3, 1}), r([1, 'x', None, 2.5]))
if V >= (3, 11):
    a.fillvalue = '+++'
    print(a.repr(list(range(9))), a.repr('q' * 40))
if V >= (3, 12):
    b = reprlib.Repr(maxlist=3, indent=4)
    print(b.repr([1, [2, 3], 4, 5]))
    print(reprlib.Repr(indent='--').repr({'a': [1, 2], 'b': ()}))
    try:
        reprlib.Repr(indent=-1).repr([1])
    except ValueError as e:
        print(e)


class Node:
    def __init__(self):
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Node(%r)' % (self.children,)


class Other:
    def __init__(self):
        self.me = self

    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        return 'Other(%r)' % (self.me,)


n = Node()
n.children.append(n)
n.children.append(Node())
print(n, Other(), Node.__repr__.__name__, Node.__repr__.__qualname__)
