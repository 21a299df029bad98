def f():
    pass
def f(a):
    return a
def f(a, b=1, *args, c, d=2, **kw):
    return
def f(a, /, b, *, c):
    pass
def f(a, b, /):
    pass
def f(a=1, /, b=2):
    pass
def f(*, a=1, b):
    pass
def f(*args): pass
def f(**kwargs): pass
def f(a: int, b: 'str' = 'x', *args: tuple, c: float = 1.0, **kw: dict) -> None:
    pass
def f(a,): pass
def f(*a,): pass
def f(**a,): pass
@decorator
def f(): pass
@a.b.c
@d(e, f=1)
@g[0]
@(lambda f: f)
def f(): pass
def gen():
    yield
    yield 1
    yield 1, 2
    yield from x
    x = yield
    y = yield from z
    return (yield)
def outer():
    x = 1
    def inner():
        nonlocal x
        global y
        global a, b
        x = 2
    return inner
lambda: 0
lambda x: x
lambda x, y=1, *a, z, **k: 0
lambda *, a: a
lambda a, /, b: 0
lambda *a: a
lambda **k: k
lambda x=lambda y: y: x
f = lambda: (yield)
