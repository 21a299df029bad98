# yield from delegates iteration, send, and gets the sub-generator's return value.
def inner():
    x = yield 'inner-1'
    print('inner got', x)
    yield 'inner-2'
    return 'inner-result'
def outer():
    result = yield from inner()
    print('outer got', result)
    yield 'outer-end'
g = outer()
print(next(g))
print(g.send('sent'))
print(next(g))
print(list(g))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], 'ab', range(2))))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
