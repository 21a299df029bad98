# An attribute read/write loop on one instance (dict-based, or slots with argv 'slots').
import sys
class D:
    def __init__(self):
        self.a = 0
        self.b = 1
class S:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 0
        self.b = 1
o = S() if 'slots' in sys.argv[1:] else D()
for i in range(3000000):
    o.a = o.b + i
    o.b = o.a - i
print(o.a, o.b)
