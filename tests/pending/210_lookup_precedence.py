# Attribute lookup: data descriptors > instance __dict__ > non-data descriptors > class attrs.
class Data:
    def __get__(self, obj, objtype=None):
        return 'data-get'
    def __set__(self, obj, value):
        print('data-set', value)
class NonData:
    def __get__(self, obj, objtype=None):
        return 'nondata-get'
class OnlySet:
    def __set__(self, obj, value):
        obj.__dict__['os'] = ('stored', value)
class OnlyDelete:
    def __delete__(self, obj):
        print('only-delete')
class C:
    d = Data()
    n = NonData()
    os = OnlySet()
    od = OnlyDelete()
    plain = 'class-value'
c = C()
c.__dict__['d'] = 'inst-d'
c.__dict__['n'] = 'inst-n'
c.__dict__['plain'] = 'inst-plain'
print('data wins', c.d)
print('dict beats nondata', c.n)
print('dict beats plain', c.plain)
c.d = 5
print('set through data', c.__dict__['d'])
c.n = 6
print('set nondata goes to dict', c.__dict__['n'])
print('class access', C.d, C.n)
c.os = 7
print('set-only descriptor', c.os)
print('set-only class', type(C.os).__name__)
print('delete-only read', type(c.od).__name__)
del c.od
try:
    c.od = 1
except AttributeError as e:
    print('AttributeError: ' + str(e))
c2 = C()
c2.__dict__['os'] = 'in dict'
print('set-only is data', c2.os)
class Meta(type):
    attr = 'from meta'
    @property
    def mprop(cls):
        return 'meta property of ' + cls.__name__
class K(metaclass=Meta):
    attr = 'from class'
print('class beats meta', K.attr, K.mprop)
del K.attr
print('meta after del', K.attr)
try:
    K().mprop
except AttributeError as e:
    print('AttributeError: ' + str(e))
class DescInMeta:
    def __get__(self, obj, objtype=None):
        return 'meta data desc'
    def __set__(self, obj, v):
        pass
class Meta2(type):
    x = DescInMeta()
class K2(metaclass=Meta2):
    x = 'class own'
print('meta data desc wins', K2.x)
class NonCallableGet:
    __get__ = None
class L:
    v = NonCallableGet()
try:
    L.v
except TypeError as e:
    print('get None: TypeError: ' + str(e))
class Function:
    def f(self):
        return 'method'
fn = Function()
fn.f = lambda: 'instance function'
print('function is nondata', fn.f())
del fn.f
print('back to method', fn.f())
