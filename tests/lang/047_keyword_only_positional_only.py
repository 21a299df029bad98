# Keyword-only (after * or *args) and positional-only (before /) parameters.
def kwonly(a, *, b, c=3):
    return a, b, c
print(kwonly(1, b=2), kwonly(1, c=0, b=2))
def posonly(a, b, /, c, *, d=4):
    return a, b, c, d
print(posonly(1, 2, 3), posonly(1, 2, c=3, d=5))
def star(*args, key=None):
    return args, key
print(star(1, 2, key='k'), star())
def both(a, /, **kw):
    return a, kw
print(both(1, a=2))
tests = [
    lambda: kwonly(1, 2),
    lambda: kwonly(1),
    lambda: posonly(1, b=2, c=3),
    lambda: posonly(1, 2),
    lambda: kwonly(1, b=2, d=4),
    lambda: kwonly(1, b=2, a=5),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print('TypeError:', e)
