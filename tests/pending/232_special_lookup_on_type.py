# Special methods are looked up on the type, not the instance.
class C:
    def __len__(self): return 1
    def __repr__(self): return 'C-repr'
    def __getitem__(self, k): return 'class getitem'
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: 'instance repr'
c.__getitem__ = lambda k: 'instance getitem'
print('len', len(c), c.__len__())
print('repr', repr(c), c.__repr__())
print('getitem', c[0], c.__getitem__(0))
class Meta(type):
    def __len__(cls): return 42
    def __repr__(cls): return '<Meta-made %s>' % cls.__name__
    def __getitem__(cls, k): return 'meta getitem %r' % (k,)
    def __iter__(cls): return iter('ab')
    def __contains__(cls, x): return x == 'yes'
    def __call__(cls, *a): return 'meta call'
    def __bool__(cls): return False
class K(metaclass=Meta):
    def __len__(self): return 0
print('meta len', len(K), repr(K), K[1], list(K), 'yes' in K, K(), bool(K))
print('str of class', str(K), [K])
class NoDunder: pass
n = NoDunder()
n.__add__ = lambda o: 'inst add'
try:
    n + 1
except TypeError as e:
    print('TypeError: ' + str(e))
n.__eq__ = lambda o: True
print('eq ignores instance', n == 1)
n.__hash__ = lambda: 5
print('hash ignores instance', hash(n) != 5)
n.__str__ = lambda: 'inst str'
print('str ignores instance', str(n).startswith('<'))
n.__bool__ = lambda: False
print('bool ignores instance', bool(n))
n.__iter__ = lambda: iter([1])
try:
    iter(n)
except TypeError as e:
    print('TypeError: ' + str(e))
class Later: pass
l = Later()
Later.__len__ = lambda self: 5
print('added to class', len(l))
del Later.__len__
try:
    len(l)
except TypeError as e:
    print('TypeError: ' + str(e))
class GetattrClass:
    def __getattr__(self, name): return lambda *a: 'via getattr'
try:
    len(GetattrClass())
except TypeError as e:
    print('TypeError: ' + str(e))
class DescDunder:
    class D:
        def __get__(self, obj, owner):
            return lambda: 'descriptor-made len' and 3
    __len__ = D()
print('descriptor special', len(DescDunder()))
