# Generator functions: laziness, state, return ending iteration.
def countdown(n):
    print('start')
    while n > 0:
        yield n
        n -= 1
    print('done')
g = countdown(3)
print(type(g).__name__)
print(next(g))
for v in g:
    print('got', v)
print(list(countdown(0)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def with_return():
    yield 1
    return 'result'
g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration value:', e.value, e.args)
def squares(n):
    yield from (i * i for i in range(n))
print(list(squares(5)), sum(squares(4)))
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
print(list(evens(range(10))))
g = countdown(2)
print(next(g)); g.close(); print(list(g))
