# version: 3.7
# Slots across inheritance: extension, overriding, multiple inheritance, __slots__ attribute.
class Base:
    __slots__ = ('a',)
    def __init__(self):
        self.a = 'A'
class Mid(Base):
    __slots__ = ('b',)
    def __init__(self):
        super().__init__()
        self.b = 'B'
class Leaf(Mid):
    __slots__ = ('c',)
    def __init__(self):
        super().__init__()
        self.c = 'C'
l = Leaf()
print('values', l.a, l.b, l.c)
print('__slots__ attrs', Base.__slots__, Mid.__slots__, Leaf.__slots__)
print('where members live', [(k.__name__, [n for n in k.__dict__ if n in 'abc']) for k in Leaf.__mro__])
print('no dict', hasattr(l, '__dict__'))
class NoSlots(Leaf): pass
n = NoSlots(); n.extra = 1
print('unslotted leaf', n.a, n.extra, n.__dict__)
class Mixin:
    __slots__ = ()
    def describe(self):
        return type(self).__name__ + ' with ' + ','.join(sorted(s for k in type(self).__mro__ for s in getattr(k, '__slots__', ())))
class Combined(Mixin, Base):
    __slots__ = ('d',)
c = Combined(); c.d = 1
print('empty-slot mixin', c.describe(), c.a, hasattr(c, '__dict__'))
class Redeclare(Base):
    __slots__ = ('a',)
r = Redeclare(); r.a = 'own'
print('redeclared', r.a, Base.a.__get__(r) if False else 'base slot separate', Redeclare.a is not Base.a)
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('base slot of redeclared unset', lambda: Base.a.__get__(r))
class Over(Base):
    __slots__ = ()
    a = 'class attribute hides slot'
o = Over.__new__(Over)
attempt('base __init__ hits hidden slot', lambda: Over())
attempt('class attr in child', lambda: o.a)
attempt('set hidden slot', lambda: setattr(o, 'a', 1))
class OverProp(Base):
    __slots__ = ()
    @property
    def a(self):
        return 'property'
attempt('property over slot', lambda: OverProp().a)
class DictChild(Base):
    __slots__ = ('__dict__',)
dc = DictChild(); dc.a = 1; dc.q = 2
print('dict child', dc.a, dc.__dict__)
class Multi(Mid, Mixin):
    __slots__ = ()
print('multi mro', [k.__name__ for k in Multi.__mro__])
print('slots isinstance', isinstance(l, Base), issubclass(Leaf, Mid))
class Init:
    __slots__ = ('x',)
    def __init__(self, x=0):
        self.x = x
    def __repr__(self):
        return '%s(x=%r)' % (type(self).__name__, self.x)
    def __eq__(self, o):
        return type(o) is type(self) and o.x == self.x
    __hash__ = None
print('value object', Init(3), Init(3) == Init(3), [Init(), Init(1)])
import copy
i = Init(5)
print('copy', copy.copy(i), copy.deepcopy(i), copy.copy(i) is not i)
class Getstate(Init):
    __slots__ = ('y',)
g = Getstate(1); g.y = 2
cg = copy.copy(g)
print('copy subclass', cg.x, cg.y)
