# versions: 3.8 3.9 3.11 3.12 3.13
import abc
from abc import ABC, ABCMeta, abstractmethod


def attempt(label, fn):
    try:
        print(label, '->', fn())
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)


class Shape(ABC):
    @abstractmethod
    def area(self):
        pass

    @abstractmethod
    def name(self):
        return 'shape'

    def describe(self):
        return '%s with area %s' % (self.name(), self.area())


class Half(Shape):
    def area(self):
        return 1


class Square(Half):
    def name(self):
        return 'square ' + super().name()


attempt('Shape()', Shape)
attempt('Half()', Half)
print(Square().describe(), sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__),
      Square.__abstractmethods__)
print(isinstance(Square(), Shape), issubclass(Square, Shape), type(Shape) is ABCMeta)


class Duck(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Duck:
            return any('quack' in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented


class Mallard:
    def quack(self):
        pass


print(isinstance(Mallard(), Duck), issubclass(int, Duck), Duck.register(int) is int,
      issubclass(int, Duck), isinstance(True, Duck), issubclass(bool, Duck))
attempt('register non-class', lambda: Duck.register(5))
attempt('issubclass non-class', lambda: issubclass(5, Duck))


class Prop(ABC):
    @property
    @abstractmethod
    def value(self):
        pass

    @classmethod
    @abstractmethod
    def make(cls):
        pass

    @staticmethod
    @abstractmethod
    def helper():
        pass


print(sorted(Prop.__abstractmethods__))
attempt('Prop()', Prop)


class Plain(ABC):
    pass


print(Plain().__class__.__name__, Plain.__abstractmethods__, isinstance(abc.get_cache_token(), int))


class Three(ABC):
    @abstractmethod
    def c(self): pass

    @abstractmethod
    def a(self): pass

    @abstractmethod
    def b(self): pass


attempt('Three()', Three)
