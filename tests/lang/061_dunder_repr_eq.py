# __repr__, __str__, __eq__, __ne__, __lt__ and friends, __hash__.
class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return 'V(%r)' % (self.x,)
    def __str__(self):
        return '<%s>' % self.x
    def __eq__(self, other):
        return isinstance(other, V) and self.x == other.x
    def __lt__(self, other):
        return self.x < other.x
    def __hash__(self):
        return hash(self.x)
a, b = V(1), V(2)
print(a, repr(a), [a, b], str(a), '%s %r' % (a, b), f'{a} {a!r}')
print(a == V(1), a != V(1), a == 1, a < b, b > a, sorted([V(3), a, b]), max(a, b))
print(len({V(1), V(1), V(2)}), {V(5): 'five'}[V(5)])
class NoHash:
    def __eq__(self, other):
        return True
print(NoHash.__hash__ is None, NoHash() == 3)
try:
    {NoHash()}
except TypeError as e:
    print('TypeError:', e)
try:
    a <= b
except TypeError as e:
    print('TypeError:', e)
class Plain:
    pass
p = Plain()
print(p == p, p != Plain(), repr(p).startswith('<__main__.Plain object at 0x'))
