# version: 3.7
# __init_subclass__: implicit classmethod, keyword arguments, chaining, errors.
registry = []
class Plugin:
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        registry.append((cls.__name__, name))
class A(Plugin, name='alpha'): pass
class B(Plugin): pass
class C(A, name='gamma'): pass
print('registry', registry)
print('is classmethod', type(Plugin.__dict__['__init_subclass__']).__name__)
class Strict:
    def __init_subclass__(cls):
        cls.made = True
class S1(Strict): pass
print('S1.made', S1.made, 'made' in Strict.__dict__)
for label, make in [
    ('unknown kw', lambda: type('X', (Strict,), {}, color='red')),
    ('object kw', lambda: type('Y', (), {}, color='red')),
]:
    try:
        make()
    except TypeError as e:
        print(label, 'TypeError: ' + str(e))
try:
    class Z(Plugin, name='z', extra=1): pass
except TypeError as e:
    print('extra kw', 'TypeError: ' + str(e))
try:
    class Z2(extra=1): pass
except TypeError as e:
    print('plain kw', 'TypeError: ' + str(e))
class Counting:
    count = 0
    def __init_subclass__(cls, **kw):
        Counting.count += 1
        cls.serial = Counting.count
class One(Counting): pass
class Two(Counting): pass
class Three(Two): pass
print('serials', One.serial, Two.serial, Three.serial)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', name, sorted(kw))
        return super().__new__(mcls, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name, sorted(kw))
        super().__init__(name, bases, ns)
class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print('Base.__init_subclass__', cls.__name__, sorted(kw))
class Sub(Base, flag=1): pass
class Raising:
    def __init_subclass__(cls):
        raise ValueError('no subclasses of ' + cls.__name__)
try:
    class R(Raising): pass
except ValueError as e:
    print('raised', e)
print('default', object.__init_subclass__() is None)
try:
    object.__init_subclass__(1)
except TypeError as e:
    print('object positional', 'TypeError: ' + str(e))
