# range, enumerate, zip, map, filter, reversed, sorted, iter helpers.
print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)), list(range(5, 2)))
r = range(3, 20, 4)
print(r, len(r), r[1], r[-1], 7 in r, 8 in r, r.index(11), list(reversed(r)), range(0, 10)[::-3])
print(list(enumerate('abc')), list(enumerate('ab', 1)), list(enumerate([], 5)))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip(*[(1, 'a'), (2, 'b')])), dict(zip('ab', 'xy')))
print(list(map(str.upper, 'ab')), list(map(pow, [2, 3], [3, 2])), list(map(len, ['a', 'bb'])))
print(list(filter(None, [0, 1, '', 'x', [], [0]])), list(filter(lambda v: v > 1, [1, 2, 3])))
print(list(reversed([1, 2, 3])), list(reversed('ab')), list(reversed(range(3))), list(reversed((1, 2))))
print(sorted([3, 1, 2]), sorted('cba', reverse=True))
z = zip([1], [2])
print(type(z).__name__, list(z), list(z))
print(range(1, 10, 2) == range(1, 11, 2), hash(range(3)) == hash(range(3)))
try:
    range(1, 2, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    range(1.5)
except TypeError as e:
    print('TypeError:', e)
print(list(zip([1, 2], [3], strict=False)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print('ValueError:', e)
