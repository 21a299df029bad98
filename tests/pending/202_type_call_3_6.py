# version: 3.6
# type(obj) and the three-argument type(name, bases, ns).
def attempt(label, f):
    try:
        r = f()
        print(label, r)
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
print('type(1)', type(1), type('a'), type(None), type(type))
class C: pass
print('type(C())', type(C()).__name__, type(C) is type)
def m(self):
    return 'm on ' + type(self).__name__
D = type('D', (C,), {'x': 1, 'm': m, '__doc__': 'made by type'})
print('D', D.__name__, D.__qualname__, D.__module__, D.__doc__, D.x, D().m())
print('D bases', D.__bases__, [k for k in D.__dict__ if not k.startswith('__')])
E = type('E', (), {})
print('E bases', E.__bases__, E.__mro__[-1])
attempt('2 args', lambda: type('X', ()))
attempt('0 args', lambda: type())
attempt('4 args', lambda: type('X', (), {}, 1))
attempt('name int', lambda: type(1, (), {}))
attempt('bases list', lambda: type('X', [], {}))
attempt('ns list', lambda: type('X', (), []))
attempt('bad base', lambda: type('X', (1,), {}))
attempt('bool base', lambda: type('X', (bool,), {}))
attempt('kw arg', lambda: type('X', (), {}, foo=1))
attempt('name with nul', lambda: type('a\0b', (), {}))
F = type('F', (int,), {'extra': 'yes'})
print('F', F(5) + 1, F(5).extra, F.__mro__ == (F, int, object))
G = type('G', (object,), {'__slots__': ('a',)})
g = G(); g.a = 3
print('G slots', g.a, hasattr(g, '__dict__'))
H = type('H', (), {'__qualname__': 'Outer.H'})
print('H qualname', H.__qualname__, H.__name__)
attempt('bad qualname', lambda: type('H', (), {'__qualname__': 5}))
print('type of type', type(type(C)))
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns['tag'] = 'meta:' + name
        return super().__new__(mcls, name, bases, ns)
M = Meta('M', (), {})
print('meta', M.tag, type(M).__name__)
class N(metaclass=Meta): pass
print('meta stmt', N.tag, isinstance(N, Meta))
attempt('type.__new__ no args', lambda: type.__new__(type))
attempt('type.__new__ not type', lambda: type.__new__(int, 'x', (), {}))
