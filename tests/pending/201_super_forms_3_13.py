# version: 3.13
# super() in both forms, in methods, classmethods, __init__, with multiple inheritance.
class Base:
    def hello(self):
        return 'Base.hello'
    @classmethod
    def make(cls):
        return 'Base.make(' + cls.__name__ + ')'
    @staticmethod
    def st():
        return 'Base.st'
    def __init__(self):
        self.trace = ['Base']
class Left(Base):
    def hello(self):
        return 'Left>' + super().hello()
    def __init__(self):
        super().__init__()
        self.trace.append('Left')
class Right(Base):
    def hello(self):
        return 'Right>' + super(Right, self).hello()
    def __init__(self):
        super(Right, self).__init__()
        self.trace.append('Right')
class Child(Left, Right):
    def hello(self):
        return 'Child>' + super().hello()
    @classmethod
    def make(cls):
        return 'Child>' + super().make()
    @staticmethod
    def st():
        return 'Child>' + super(Child, Child).st()
    def __init__(self):
        super().__init__()
        self.trace.append('Child')
c = Child()
print('chain', c.hello())
print('init', c.trace)
print('classmethod', Child.make(), c.make())
print('staticmethod', Child.st())
print('skip', super(Left, c).hello())
print('unbound super type', super(Child, Child).hello(c))
s = super(Child, c)
print('super type', type(s).__name__)
print('thisclass', s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
s2 = super(Child)
print('unbound', s2.__self__, s2.__self_class__)
print('repr', repr(super(Left, Child)))
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('not instance', lambda: super(Left, Right()).hello())
attempt('not type', lambda: super(1, c))
attempt('no args outside', lambda: super())
attempt('missing attr', lambda: super(Child, c).nothing)
class Prop:
    @property
    def p(self):
        return 'Prop.p'
class SubProp(Prop):
    @property
    def p(self):
        return 'Sub>' + super().p
print('property', SubProp().p)
class SetBase:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, ('wrapped', value))
class SetChild(SetBase):
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 2)
sc = SetChild(); sc.v = 21
print('setattr via super', sc.v)
class NoSelf:
    def m():
        return super().x
attempt('no self arg', lambda: NoSelf.m())
class K:
    def f(self):
        def inner():
            return super().f
        return inner
attempt('inner function', lambda: K().f()())
class G(Base):
    def gen(self):
        yield super().hello()
print('in generator', list(G().gen()))
class LC(Base):
    def comp(self):
        return [super().hello() for _ in range(2)]
print('in comprehension', LC().comp())
print('super of object', super(Base, Base()).__init__ is not None)
print('__class__ cell', Child.hello.__code__.co_freevars)
