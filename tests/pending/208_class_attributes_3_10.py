# version: 3.10
# Class attributes: shared, shadowed by instances, mutable shared state, inheritance.
class Counter:
    count = 0
    items = []
    def __init__(self, name):
        Counter.count += 1
        self.items.append(name)
        self.name = name
a = Counter('a'); b = Counter('b')
print('count', Counter.count, a.count, b.count)
print('shared list', a.items is b.items, Counter.items)
a.count = 100
print('shadowed', a.count, b.count, Counter.count)
print('instance dict', sorted(a.__dict__), sorted(b.__dict__))
class Child(Counter):
    count = 10
c = Child('c')
print('child', Child.count, Counter.count, c.count)
print('vars', sorted(k for k in vars(Child)))
print('getattr default', getattr(Counter, 'nothing', 'dflt'))
print('hasattr', hasattr(Counter, 'count'), hasattr(a, 'name'), hasattr(Counter, 'name'))
try:
    Counter.name
except AttributeError as e:
    print('AttributeError: ' + str(e))
try:
    Counter().missing
except TypeError as e:
    print('TypeError: ' + str(e))
try:
    del a.nothing
except AttributeError as e:
    print('AttributeError: ' + str(e))
try:
    del Counter.nothing
except AttributeError as e:
    print('AttributeError: ' + str(e))
class Scope:
    x = 1
    y = x + 1
    z = [x * i for i in range(3)] if False else None
    def f(self):
        return x if False else self.y
print('scope', Scope.y, Scope().f())
x = 'global'
class Scope2:
    x = 'class'
    def f(self):
        return x
print('method sees global', Scope2().f())
class Scope3:
    x = 'class'
    g = [x for _ in range(1)]
print('comprehension sees', Scope3.g)
class Dunder:
    __private = 'hidden'
    def get(self):
        return self.__private
print('private', Dunder().get(), hasattr(Dunder, '__private'), Dunder._Dunder__private)
print('callable attr', callable(Counter.__init__), type(Counter.__dict__['__init__']).__name__)
