# More slot behaviour: defaults via class attrs forbidden, __init_subclass__, __class__, sizes are not printed.
class P:
    __slots__ = ('x',)
p = P()
print('slots in class dict', '__slots__' in P.__dict__, type(P.__dict__['__slots__']).__name__)
print('no __dict__ in type dict', '__dict__' in P.__dict__, '__weakref__' in P.__dict__)
class Q:
    __slots__ = ('x',)
p.x = 1
p.__class__ = Q
print('__class__ assignment between same layout', type(p).__name__, p.x)
class R:
    __slots__ = ('x', 'y')
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('__class__ to different layout', lambda: setattr(p, '__class__', R))
class Plain: pass
attempt('__class__ slotted to plain', lambda: setattr(p, '__class__', Plain))
attempt('__class__ plain to slotted', lambda: setattr(Plain(), '__class__', P))
class Sub(Q):
    __slots__ = ()
attempt('__class__ to empty-slots subclass', lambda: (setattr(p, '__class__', Sub), type(p).__name__)[1])
class Registered:
    __slots__ = ('v',)
    instances = 0
    def __init__(self, v):
        Registered.instances += 1
        self.v = v
Registered(1); Registered(2)
print('class attribute next to slots', Registered.instances)
attempt('set class attr via instance', lambda: setattr(Registered(3), 'instances', 5))
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __getstate__(self):
        return {'a': self.a, 'b': self.b}
import copy
attempt('copy with __getstate__', lambda: (lambda o: (o.a, o.b))(copy.copy(Slotted(1, 2))))
class NoState:
    __slots__ = ('a',)
attempt('deepcopy slotted default', lambda: copy.deepcopy(NoState()).__class__.__name__)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns.setdefault('__slots__', ())
        return super().__new__(mcls, name, bases, ns)
class Auto(metaclass=Meta):
    pass
attempt('metaclass adds slots', lambda: hasattr(Auto(), '__dict__'))
class Sl:
    __slots__ = ['a']
    a_default = 5
print('slots reprs', Sl.__slots__, repr(Sl.a))
class Descr:
    __slots__ = ('__get__',)
attempt('slot named __get__', lambda: type(Descr.__get__).__name__)
class Big:
    __slots__ = tuple('s%d' % i for i in range(40))
b = Big()
for i in range(40):
    setattr(b, 's%d' % i, i)
print('many slots', sum(getattr(b, 's%d' % i) for i in range(40)), len(Big.__slots__))
