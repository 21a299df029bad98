# Class bodies: execution order, names visible to methods only via self/class, __init_subclass__, __class__.
print('before class')
class A:
    print('executing class body')
    x = 1
    y = x + 1
    def get(self):
        try:
            return x
        except NameError as e:
            return 'NameError: ' + str(e)
    def get_ok(self):
        return self.x, A.y
print('after class', A.y, A().get(), A().get_ok())
x = 'module x'
print(A().get())
class Base:
    registry = []
    def __init_subclass__(cls, **kw):
        Base.registry.append(cls.__name__)
class S1(Base): pass
class S2(Base): pass
print(Base.registry)
class M:
    def who(self):
        return __class__.__name__
print(M().who())
def factory(n):
    class Local:
        value = n
    return Local
print(factory(1).value, factory(2).value, factory(3).__qualname__)
