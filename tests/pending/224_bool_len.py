# __bool__ and __len__: truth testing, precedence, return-value checks.
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print('__bool__')
        return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self):
        print('__len__')
        return self.n
class Both:
    def __bool__(self): return False
    def __len__(self): return 5
class Neither: pass
print('bool', bool(B(True)), bool(B(False)), not B(False))
print('len', bool(L(0)), bool(L(3)), len(L(4)))
print('both', bool(Both()), len(Both()))
print('neither', bool(Neither()))
print('if', 'yes' if L(1) else 'no', 'yes' if B(False) else 'no')
print('and/or', (L(0) or 'right'), (L(2) and 'right'))
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('bool returns int', lambda: bool(B(1)))
attempt('bool returns None', lambda: bool(B(None)))
attempt('len negative', lambda: len(L(-1)))
attempt('bool of negative len', lambda: bool(L(-1)))
attempt('len float', lambda: len(L(1.5)))
attempt('len str', lambda: len(L('3')))
attempt('len huge', lambda: len(L(2 ** 100)))
attempt('bool huge len', lambda: bool(L(2 ** 100)))
attempt('len of Neither', lambda: len(Neither()))
attempt('len of int', lambda: len(5))
class IntSub(int): pass
attempt('len int subclass', lambda: len(L(IntSub(3))))
class Idx:
    def __index__(self): return 2
attempt('len __index__', lambda: len(L(Idx())))
attempt('bool True subclass?', lambda: bool(B(IntSub(1))))
class BoolNone:
    __bool__ = None
attempt('__bool__ None', lambda: bool(BoolNone()))
class LenNone:
    __len__ = None
attempt('__len__ None', lambda: len(LenNone()))
attempt('not on raising', lambda: not B('x'))
print('bool() no args', bool(), bool(0.0), bool(''), bool([0]))
