# List comprehensions: filters, nesting, conditional expressions.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(3)] for x in range(3)])
print(['even' if x % 2 == 0 else 'odd' for x in range(4)])
print([c.upper() for c in 'abc'], [len(w) for w in 'to be or not'.split()])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix], [list(col) for col in zip(*matrix)])
print([x for x in []], [y for x in [[1, 2], [3]] for y in x], [(lambda: i)() for i in range(3)])
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
print([n for n in range(2, 30) if all(n % d for d in range(2, n))])
