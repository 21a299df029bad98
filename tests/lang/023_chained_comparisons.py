# Chained comparisons evaluate each operand once and short-circuit.
def v(x, tag):
    print('eval', tag)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1, 1 == 1 != 2, 1 < 2 > 0)
print(v(1, 'a') < v(2, 'b') < v(3, 'c'))
print(v(3, 'a') < v(2, 'b') < v(5, 'c'))
x = 5
print(0 <= x < 10, 0 <= x < 5, x in [5] in [[5]], x is not None is not False)
print(1 < 2.5 < 3, 'a' < 'b' <= 'b', [1] < [1, 0] < [2])
