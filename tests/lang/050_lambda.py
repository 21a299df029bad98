# lambda expressions.
sq = lambda x: x * x
print(sq(7), (lambda: 'no args')(), (lambda a, b=2, *c, **d: (a, b, c, d))(1, 3, 4, e=5))
print(sorted([(1, 'b'), (2, 'a')], key=lambda p: p[1]))
print(list(map(lambda x: x + 1, [1, 2])), list(filter(lambda s: s, ['', 'a', None, 'b'])))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, sq)(5), sq.__name__)
print((lambda *, k: k)(k='kw'), (lambda x: lambda y: x - y)(10)(3))
