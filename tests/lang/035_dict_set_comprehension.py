# Dict and set comprehensions.
print({x: x ** 2 for x in range(5)})
print({k: v for k, v in zip('abc', range(3)) if v != 1})
print({v: k for k, v in {'a': 1, 'b': 2}.items()})
print(sorted({x % 4 for x in range(20)}), sorted({c for c in 'hello'}))
print({i: [j for j in range(i)] for i in range(4)})
print({(x, y): x * y for x in range(2) for y in range(2)})
words = ['apple', 'bob', 'cat', 'avocado']
print({w[0]: w for w in words})
print({len(w) for w in words} == {3, 5, 7})
