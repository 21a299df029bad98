# iter(), next(), user iterators and StopIteration.
it = iter([1, 2])
print(next(it), next(it), next(it, 'default'))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e), e.args)
class Count:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), sum(Count(4)), [x for x in Count(2)])
c = Count(2)
for x in c:
    pass
print(list(c))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())
s = iter('ab')
print(iter(s) is s, list(zip(s, s)))
calls = iter(iter([5, 4, 0, 3]).__next__, 0)
print(list(calls))
try:
    iter(5)
except TypeError as e:
    print('TypeError:', e)
try:
    next([1])
except TypeError as e:
    print('TypeError:', e)
