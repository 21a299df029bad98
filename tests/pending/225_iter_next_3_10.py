# version: 3.10
# __iter__/__next__, the __getitem__ fallback, and iterator errors.
class Count:
    def __init__(self, n): self.n, self.i = n, 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print('for', [x for x in Count(3)], list(Count(2)), sum(Count(4)))
c = Count(2)
print('next', next(c), next(c), next(c, 'done'))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print('getitem iteration', list(Seq()), 20 in Seq(), 5 in Seq())
print('iter type', type(iter(Seq())).__name__)
class Gen:
    def __iter__(self):
        yield 'a'
        yield 'b'
print('generator __iter__', list(Gen()), tuple(Gen()))
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
class NotIter: pass
attempt('not iterable', lambda: iter(NotIter()))
attempt('for not iterable', lambda: [x for x in NotIter()])
class BadIter:
    def __iter__(self): return 5
attempt('iter returns int', lambda: iter(BadIter()))
class NoNext:
    def __iter__(self): return NotIter()
attempt('iter returns non-iterator', lambda: list(NoNext()))
attempt('next on non-iterator', lambda: next(NotIter()))
attempt('next on list', lambda: next([1]))
class IterNone:
    __iter__ = None
    def __getitem__(self, i): return i
attempt('__iter__ None', lambda: iter(IterNone()))
class StopWithValue:
    def __iter__(self): return self
    def __next__(self): raise StopIteration(42)
attempt('stop value', lambda: list(StopWithValue()))
def g():
    r = yield from StopWithValue()
    yield r
print('yield from value', list(g()))
class Raises:
    def __iter__(self): return self
    def __next__(self): raise ValueError('next failed')
attempt('raises', lambda: list(Raises()))
it = iter([1, 2])
print('iter of iter', iter(it) is it)
print('sentinel', list(iter(Count(5).__next__, 3)))
attempt('sentinel noncallable', lambda: iter(1, 2))
class Reversible:
    def __reversed__(self): return iter('zyx')
print('reversed', list(reversed(Reversible())))
class SeqLen:
    def __len__(self): return 3
    def __getitem__(self, i): return 'abc'[i]
print('reversed seq', list(reversed(SeqLen())))
attempt('reversed none', lambda: reversed(NotIter()))
class RevNone:
    __reversed__ = None
attempt('__reversed__ None', lambda: reversed(RevNone()))
print('unpack', *Count(3))
a, b = Count(2)
print('assign unpack', a, b)
attempt('unpack too many', lambda: [0 for a, b in [Count(3)]])
