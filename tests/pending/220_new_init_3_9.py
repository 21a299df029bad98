# version: 3.9
# __new__ and __init__: order, return values, argument errors.
class Traced:
    def __new__(cls, *args, **kw):
        print('__new__', cls.__name__, args, kw)
        return super().__new__(cls)
    def __init__(self, a, b=0):
        print('__init__', a, b)
        self.a = a
t = Traced(1, b=2)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never runs')
print('new returns other', Other())
class Sub(Traced):
    pass
class ReturnsParent:
    def __new__(cls):
        return Traced.__new__(Traced)
    def __init__(self):
        print('ReturnsParent.__init__ not called')
print('other class', type(ReturnsParent()).__name__)
class ReturnsSubclass(Traced):
    pass
class Factory:
    def __new__(cls, x):
        inst = object.__new__(FactorySub)
        return inst
    def __init__(self, x):
        print('Factory.__init__ called with', x)
class FactorySub(Factory):
    pass
print('subclass instance init runs', type(Factory(9)).__name__)
def attempt(label, f):
    try:
        r = f()
        print(label, type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
class Empty: pass
attempt('Empty(1)', lambda: Empty(1))
attempt('Empty(a=1)', lambda: Empty(a=1))
class OnlyInit:
    def __init__(self):
        pass
attempt('OnlyInit(1)', lambda: OnlyInit(1))
class OnlyNew:
    def __new__(cls):
        return super().__new__(cls)
attempt('OnlyNew(1)', lambda: OnlyNew(1))
class InitArg:
    def __init__(self, x):
        pass
attempt('InitArg()', lambda: InitArg())
attempt('object(1)', lambda: object(1))
attempt('object.__new__(1)', lambda: object.__new__(1))
attempt('object.__new__(int)', lambda: object.__new__(int))
attempt('object.__new__ extra', lambda: object.__new__(Empty, 1))
attempt('object.__init__ extra', lambda: object.__init__(Empty(), 1))
class PassNew:
    def __new__(cls, *a):
        return object.__new__(cls, *a)
attempt('object.__new__ with args when __new__ overridden', lambda: PassNew(1))
class PassInit:
    def __init__(self, *a):
        object.__init__(self, *a)
attempt('object.__init__ with args when __init__ overridden', lambda: PassInit(1))
class InitReturns:
    def __init__(self):
        return 5
attempt('init returns', lambda: InitReturns())
class NewNone:
    def __new__(cls):
        return None
print('new None', NewNone())
attempt('int.__new__(str)', lambda: int.__new__(str))
attempt('int.__new__(Empty)', lambda: int.__new__(Empty))
attempt('call __new__ no cls', lambda: Traced.__new__())
print('new is staticmethod', type(Traced.__dict__['__new__']).__name__)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        print('init runs each time')
print('singleton', Singleton() is Singleton())
