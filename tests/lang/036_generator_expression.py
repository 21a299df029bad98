# Generator expressions are lazy, single-use iterators.
g = (x * 2 for x in range(4))
print(type(g).__name__, next(g), next(g), list(g), list(g))
print(sum(x * x for x in range(10)), max(len(w) for w in ['a', 'abc']), any(x > 3 for x in [1, 5]))
def noisy(n):
    for i in range(n):
        print('produce', i)
        yield i
g = (v + 100 for v in noisy(3))
print('created')
print(next(g))
print(list(g))
print(''.join(c for c in 'a1b2' if c.isalpha()), tuple(i for i in range(3)), sorted(x % 3 for x in range(7)))
print(list((x, y) for x in range(2) for y in 'ab'))
