class Meta(type):
    registry = {}

    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.registry[name] = cls
        return cls


class Base(metaclass=Meta):
    __slots__ = ()

    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag


class Child(Base, tag='child'):
    __slots__ = ('a', '__weakref__')

    def __getattr__(self, name):
        raise AttributeError(f'{type(self).__name__!s} has no {name!r}')


class Descriptor:
    def __set_name__(self, owner, name):
        self.name = '_' + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        setattr(obj, self.name, value)


class Managed:
    value = Descriptor()
    __slots__ = ['_value']

    @property
    def double(self):
        return self.value * 2

    @double.setter
    def double(self, v):
        self.value = v // 2


def walk(cls, depth=0):
    yield depth, cls
    for sub in cls.__subclasses__():
        yield from walk(sub, depth + 1)


for depth, cls in walk(Base):
    print('  ' * depth + cls.__name__, getattr(cls, '__slots__', None), sep=': ')

while True:
    line = input('> ')
    if not line:
        break
    elif line.startswith('#'):
        continue
    match_ = [w for w in line.split() if w.isidentifier() and not w.startswith('_')]
    print(*match_, sep=', ')
