# TypeError messages for calls with wrong arguments.
def f(a, b):
    pass
def g(a, b=1, *, c):
    pass
def h():
    pass
class C:
    def m(self, x):
        pass
    def __init__(self, v):
        pass
cases = [
    lambda: f(1, 2, 3), lambda: f(1), lambda: f(), lambda: f(1, 2, z=3), lambda: f(1, a=1),
    lambda: g(1), lambda: g(1, 2, 3, c=0), lambda: g(), lambda: h(1), lambda: h(x=1),
    lambda: C(1).m(), lambda: C(1).m(1, 2), lambda: C(), lambda: C(1, 2), lambda: C.m(1),
    lambda: (lambda x: x)(), lambda: (lambda: 0)(1), lambda: len(), lambda: len(1, 2),
    lambda: abs(), lambda: f(**{'a': 1, 'b': 2, 'c': 3}), lambda: f(*[1], **{'a': 2}),
    lambda: object(1), lambda: int(1, 2, 3), lambda: [].append(), lambda: {}.get(),
]
for c in cases:
    try:
        c()
        print('no error')
    except TypeError as e:
        print('TypeError:', e)
