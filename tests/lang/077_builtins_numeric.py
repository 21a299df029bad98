# min/max with key and default, sum with start, abs, divmod, pow, any, all.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max('hello'), min('b', 'a', 'c'))
print(max(['aa', 'b', 'ccc'], key=len), min(['aa', 'b', 'ccc'], key=len), max([], default='none'), min([], key=len, default=0))
print(max([(1, 'x'), (1, 'y')]), max([1, 3, 3], key=lambda v: -v), max({'a': 3, 'b': 1}, key={'a': 3, 'b': 1}.get))
print(max([2, 5, 5, 1], key=lambda v: v % 5), min(2, 5, 5, 1, key=lambda v: -v))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum(()), sum([0.5, 0.25]), sum(range(101)))
print(abs(-5), abs(5.5), abs(-0.0), abs(True), abs(-2 ** 100))
print(divmod(17, 5), divmod(-17, 5), divmod(17.0, 5), pow(2, 10), pow(2, 10, 1000), pow(-2, 3), pow(4, 0.5))
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any(x > 2 for x in [1, 2]), all('abc'))
for bad in (lambda: max([]), lambda: min(), lambda: sum(['a', 'b'], ''), lambda: abs('x'), lambda: max(1)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
