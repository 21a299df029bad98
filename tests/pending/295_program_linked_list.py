# A small program: a slotted linked list with the container protocol, weak back-links and gc.
import weakref, gc
class Node:
    __slots__ = ('value', 'next', '_prev', '__weakref__')
    def __init__(self, value):
        self.value = value
        self.next = None
        self._prev = None
    @property
    def prev(self):
        return self._prev() if self._prev is not None else None
class LinkedList:
    def __init__(self, *values):
        self.head = self.tail = None
        self.size = 0
        for v in values:
            self.append(v)
    def append(self, value):
        node = Node(value)
        if self.tail is None:
            self.head = self.tail = node
        else:
            node._prev = weakref.ref(self.tail)
            self.tail.next = node
            self.tail = node
        self.size += 1
    def __len__(self):
        return self.size
    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next
    def __reversed__(self):
        node = self.tail
        while node is not None:
            yield node.value
            node = node.prev
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError('LinkedList index out of range')
    def __contains__(self, v):
        print('(contains %r)' % (v,), end=' ')
        return any(x == v for x in self)
    def __repr__(self):
        return 'LinkedList(%s)' % ', '.join(map(repr, self))
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    __hash__ = None
ll = LinkedList(3, 1, 4, 1, 5)
print(ll, len(ll), ll[0], ll[-1], list(reversed(ll)))
print(4 in ll, 9 in ll)
print('sorted', sorted(ll), 'sum', sum(ll), 'max', max(ll))
print('eq', ll == LinkedList(3, 1, 4, 1, 5), ll == [3, 1, 4, 1, 5])
for bad in (lambda: ll[10], lambda: hash(ll), lambda: setattr(ll.head, 'color', 'red'), lambda: ll.head.__dict__):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ': ' + str(e))
second = ll.head.next
print('prev via weakref', second.prev.value, weakref.getweakrefcount(ll.head))
class Graph:
    def __init__(self, name):
        self.name = name
        self.edges = []
    def __del__(self):
        print('freed', self.name)
a, b = Graph('a'), Graph('b')
a.edges.append(b); b.edges.append(a)
del a, b
print('cycle still alive')
gc.collect()
print('after collect')
