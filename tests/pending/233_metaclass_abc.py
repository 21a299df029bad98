# Metaclasses (__prepare__, __new__, __call__, conflicts) and abc's abstract-method errors.
import abc
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('__prepare__', name, kw)
        return {'prepared': True}
    def __new__(mcls, name, bases, ns, **kw):
        print('__new__', name, [k for k in ns if not k.startswith('__')])
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('__init__', name)
        super().__init__(name, bases, ns)
class A(metaclass=Ordered, flag=1):
    x = 1
    def m(self): pass
print('prepared attr', A.prepared, type(A).__name__)
class B(A):
    y = 2
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
class M1(type): pass
class M2(type): pass
class C1(metaclass=M1): pass
class C2(metaclass=M2): pass
attempt('metaclass conflict', lambda: type('C3', (C1, C2), {}))
class M3(M1, M2): pass
attempt('resolved', lambda: type(M3('C4', (C1, C2), {})).__name__)
attempt('derived metaclass wins', lambda: type(type('C5', (C1,), {})).__name__)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 'magic'
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta): pass
print('instancecheck', isinstance('magic', Magic), isinstance('x', Magic), issubclass(int, Magic), issubclass(str, Magic))
class PrepareBad(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
def bad_prepare():
    class X(metaclass=PrepareBad):
        pass
attempt('__prepare__ returns int', bad_prepare)
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @abc.abstractmethod
    def perimeter(self): ...
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Full(Square):
    def perimeter(self): return 4 * self.s
attempt('abstract 2', lambda: Shape())
attempt('abstract 1', lambda: Square(2))
attempt('concrete', lambda: Full(2).area())
print('abstractmethods', sorted(Shape.__abstractmethods__), sorted(Square.__abstractmethods__), sorted(Full.__abstractmethods__))
print('isabstract flag', getattr(Shape.area, '__isabstractmethod__', False))
class Registered(abc.ABC):
    pass
Registered.register(list)
print('register', isinstance([], Registered), issubclass(list, Registered), issubclass(tuple, Registered))
class WithAbstractProp(abc.ABC):
    @property
    @abc.abstractmethod
    def name(self): ...
attempt('abstract property', lambda: WithAbstractProp())
attempt('ABCMeta type', lambda: type(Shape).__name__)
