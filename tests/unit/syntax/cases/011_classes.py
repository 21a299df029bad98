class A:
    pass
class B(A):
    x = 1
class C(A, B, metaclass=M):
    __slots__ = ('a', 'b')
    def __init__(self, a, b):
        self.a = a
        self.b = b
class D():
    pass
class E(*bases, **kw):
    pass
@dataclass(frozen=True)
class P:
    x: int
    y: int = 0
class Q(Generic[T]):
    def method(self) -> 'Q':
        return self
    @property
    def prop(self):
        return self._p
    @prop.setter
    def prop(self, v):
        self._p = v
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): return cls()
