# Object model: special-method protocols, reflected operators, slot updates, super, abc, finalizers.
def t(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '!', type(e).__name__ + ':', e)
class A:
    def __len__(self): return -1
t('len neg', lambda: len(A()))
class B:
    def __bool__(self): return 1
t('bool int', lambda: bool(B()))
class R:
    def __repr__(self): return 1
t('repr int', lambda: repr(R()))
class S:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
t('iter getitem', lambda: list(S()))
t('in getitem', lambda: 2 in S())
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
t('iter', lambda: list(It()))
class NotIt:
    def __iter__(self): return 1
t('iter non-it', lambda: iter(NotIt()))
class Base:
    def __eq__(self, o): return 'Base.eq'
class Sub(Base):
    def __eq__(self, o): return 'Sub.eq'
t('eq reflect', lambda: (Base() == Sub(), Sub() == Base()))
class N1:
    def __radd__(self, o): return 'N1.radd'
class N2(N1):
    def __radd__(self, o): return 'N2.radd'
    def __add__(self, o): return 'N2.add'
t('add subclass', lambda: (N1() + N2(), N2() + N1(), 1 + N1()))
class H:
    def __hash__(self): return 10**30
t('hash big', lambda: hash(H()))
class H2:
    def __hash__(self): return 'x'
t('hash str', lambda: hash(H2()))
class EqOnly:
    def __eq__(self, o): return True
class EqSub(EqOnly):
    pass
t('hash eqsub', lambda: hash(EqSub()))
class HashBack(EqOnly):
    __hash__ = object.__hash__
t('hashback', lambda: type(hash(HashBack())))
class Dyn: pass
d = Dyn()
Dyn.__len__ = lambda self: 7
t('dyn len', lambda: len(d))
class DynSub(Dyn): pass
Dyn.__len__ = lambda self: 8
t('dyn sub len', lambda: len(DynSub()))
del Dyn.__len__
t('dyn del len', lambda: len(d))
Dyn.__add__ = lambda s, o: 'added'
t('dyn add', lambda: d + 1)
class IA:
    def __init__(self): self.v = []
    def __iadd__(self, o): self.v.append(o); return self
x = IA(); x += 5
t('iadd', lambda: x.v)
class Idx:
    def __index__(self): return 2
t('index', lambda: [10, 20, 30][Idx()])
t('index range', lambda: list(range(Idx())))
class Z:
    @classmethod
    def make(cls): return cls.__name__
    @staticmethod
    def st(): return 'st'
    def __init_subclass__(cls, **kw): cls.tag = kw
    def __class_getitem__(cls, item): return (cls.__name__, item)
class Z2(Z, color='red'): pass
t('classmethod sub', lambda: Z2.make())
t('init_subclass kw', lambda: Z2.tag)
t('class_getitem', lambda: Z[int])
class Cell:
    def method(self): return __class__
t('__class__ cell', lambda: Cell().method())
class P0:
    def hello(self): return 'P0'
class P1(P0):
    def hello(self): return 'P1>' + super().hello()
    @classmethod
    def cm(cls): return super().__name__ if False else 'cm:' + cls.__name__
class P2(P1):
    def hello(self): return 'P2>' + super().hello()
t('super chain', lambda: P2().hello())
t('super cm', lambda: P2.cm())
import abc
class Abs(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
t('abstract', lambda: Abs())
class Conc(Abs):
    def f(self): return 1
t('concrete', lambda: Conc().f())
t('isinstance abc', lambda: isinstance(Conc(), Abs))
class WithSlots:
    __slots__ = ('a', '__dict__')
w = WithSlots(); w.a = 1; w.b = 2
t('slots+dict', lambda: (w.a, w.b, w.__dict__))
class Desc:
    def __get__(self, obj, cls): return ('get', obj is None, cls.__name__)
class UsesDesc:
    d = Desc()
t('nondata desc', lambda: (UsesDesc.d, UsesDesc().d))
u = UsesDesc(); u.__dict__['d'] = 'inst'
t('nondata desc override', lambda: u.d)
class GA:
    def __getattribute__(self, name):
        if name == 'magic': return 42
        return object.__getattribute__(self, name)
t('getattribute', lambda: (GA().magic, hasattr(GA(), 'x')))
class Fin:
    def __del__(self): print('Fin.__del__')
f = Fin(); del f
print('after del')
class Res:
    saved = []
    def __del__(self): Res.saved.append(self); print('resurrect')
r = Res(); del r
print(len(Res.saved))
Res.saved.clear()
print('cleared')
