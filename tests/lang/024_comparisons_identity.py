# ==, is, in, not in, and comparisons across types.
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a != b, a is not b, None is None)
print(1 == 1.0, 1 == True, 0 == False, 'a' == 'a', (1, 2) == (1, 2), [1] == (1,), {1: 2} == {1: 2})
print(2 in [1, 2], 3 not in [1, 2], 'k' in {'k': 1}, 1 in {1.0}, 'ab' in 'cabd', (1,) in [(1,), 2])
print((1, 'b') < (1, 'c'), [1, 2, 3] < [1, 2], 'abc' > 'abb', (2,) > (1, 99))
try:
    print(1 < 'a')
except TypeError as e:
    print('TypeError:', e)
try:
    print([1] < (1,))
except TypeError as e:
    print('TypeError:', e)
try:
    print(None < None)
except TypeError as e:
    print('TypeError:', e)
nan = float('nan')
print(nan != nan, nan == nan, [nan] == [nan], nan in [nan])
