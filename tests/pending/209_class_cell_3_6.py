# version: 3.6
# The __class__ cell: zero-argument super() and __class__ in methods, __classcell__ through metaclasses.
class A:
    def who(self):
        return __class__.__name__
    def sup(self):
        return super().__repr__ is not None
class B(A):
    def who(self):
        return __class__.__name__ + '>' + super().who()
print('__class__', B().who(), A().sup())
print('freevars', A.who.__code__.co_freevars, B.who.__code__.co_freevars)
print('closure cell', A.who.__closure__[0].cell_contents is A)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print('classcell in ns', '__classcell__' in ns, type(ns.get('__classcell__')).__name__)
        return super().__new__(mcls, name, bases, ns)
class C(metaclass=Meta):
    def m(self):
        return __class__
print('cell set', C().m() is C)
class NoCell(metaclass=Meta):
    def m(self):
        return 1
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
class Dropper(type):
    def __new__(mcls, name, bases, ns):
        ns.pop('__classcell__', None)
        return super().__new__(mcls, name, bases, ns)
def dropped():
    class D(metaclass=Dropper):
        def m(self):
            return __class__
    return D().m()
attempt('classcell dropped', dropped)
class Other(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name + 'X', bases, dict(ns))
def renamed():
    class E(metaclass=Other):
        def m(self):
            return __class__.__name__
    return E().m()
attempt('copied ns keeps cell', renamed)
def bad_cell():
    return type('F', (), {'__classcell__': 5})
attempt('classcell not a cell', bad_cell)
def replaced():
    class Wrong(type):
        def __new__(mcls, name, bases, ns):
            super().__new__(mcls, name, bases, ns)
            return type.__new__(mcls, name + '2', bases, {})
    class G(metaclass=Wrong):
        def m(self):
            return __class__
    return G
attempt('cell set to another class', replaced)
class H:
    def f(self):
        return [__class__ for _ in range(1)][0] is H
    g = lambda self: __class__
print('comprehension and lambda', H().f(), H().g() is H)
class K:
    __class__ = 'class attr'
    def f(self):
        return __class__
print('class attr named __class__', K().f() is K, K.__class__, type(K()).__name__)
