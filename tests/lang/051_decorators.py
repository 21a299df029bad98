# Decorators: plain, with arguments, stacked, on classes and methods.
def shout(fn):
    def wrapper(*a, **k):
        return fn(*a, **k).upper()
    wrapper.__name__ = fn.__name__
    return wrapper
@shout
def hello(name):
    return 'hello ' + name
print(hello('world'), hello.__name__)
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def one():
    return 1
print(one())
order = []
def tag(label):
    def deco(fn):
        order.append(label)
        return fn
    return deco
@tag('outer')
@tag('inner')
def f():
    pass
print(order)
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
@register
class Plugin:
    pass
print(list(registry), registry['Plugin'] is Plugin)
def trace(fn):
    def w(self, *a):
        print('calling', fn.__name__, a)
        return fn(self, *a)
    return w
class C:
    @trace
    def m(self, x):
        return x * 2
print(C().m(21))
