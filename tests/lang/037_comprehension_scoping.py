# Comprehension variables do not leak; the first iterable is evaluated outside.
x = 'outer'
print([x for x in range(3)], x)
print({x: 0 for x in 'ab'}, x)
print(list(x for x in 'gen'), x)
class K:
    data = [1, 2, 3]
    doubled = [v * 2 for v in data]
    try:
        bad = [v * w for v in data for w in data]
    except NameError as e:
        msg = str(e)
    else:
        msg = 'no error'
print(K.doubled, K.msg)
def outer():
    y = 10
    return [y + i for i in range(3)]
print(outer())
n = 3
g = (i * n for i in range(3))
n = 10
print(list(g))
funcs = [(lambda: v) for v in range(3)]
print([f() for f in funcs])
print([[i, j] for i in range(2) for j in range(i, 2)])
