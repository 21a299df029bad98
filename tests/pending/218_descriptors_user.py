# User descriptors: __get__/__set__/__delete__, owner argument, class access.
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError('%s must be %s, not %s' % (self.name[1:], self.kind.__name__, type(value).__name__))
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print('delete', self.name)
        delattr(obj, self.name)
class Point:
    x = Typed(int)
    y = Typed(int)
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print('values', p.x, p.y, sorted(vars(p)))
try:
    p.x = 'a'
except TypeError as e:
    print('TypeError: ' + str(e))
print('class access', type(Point.x).__name__, Point.x.name)
del p.x
try:
    p.x
except AttributeError as e:
    print('AttributeError: ' + str(e))
class Spy:
    def __get__(self, obj, owner):
        return ('get', type(obj).__name__, owner.__name__)
class A:
    s = Spy()
class B(A): pass
print('via instance', B().s)
print('via class', B.s)
print('direct call', A.__dict__['s'].__get__(None, B))
class Meta(type):
    s = Spy()
class M(metaclass=Meta): pass
print('via metaclass', M.s)
class Callable:
    def __call__(self, *a):
        return 'called with %d' % len(a)
class Host:
    c = Callable()
print('callable not a method', Host().c(1))
class Binder:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return lambda *a: self.f(obj, *a)
class H2:
    @Binder
    def hello(self, x):
        return 'hello %s' % x
print('custom binder', H2().hello('world'))
class Counted:
    def __init__(self):
        self.reads = 0
    def __get__(self, obj, owner):
        self.reads += 1
        return self.reads
class H3:
    c = Counted()
h = H3()
h.c; h.c; H3.c
print('reads', H3.__dict__['c'].reads)
class GetRaises:
    def __get__(self, obj, owner):
        raise AttributeError('desc says no')
class H4:
    g = GetRaises()
    def __getattr__(self, name):
        return 'getattr got ' + name
print('get raises -> getattr', H4().g)
print('hasattr', hasattr(H4, 'g'))
class DescOnInstance:
    pass
obj = DescOnInstance()
obj.d = Spy()
print('instance attr not invoked', type(obj.d).__name__)
