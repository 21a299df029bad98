# sorted() and list.sort(): key, reverse, stability, errors.
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y'), (2, 'c')]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
nums = [5, -3, 2, -8, 0, 7]
nums.sort(); print(nums)
nums.sort(key=abs); print(nums)
nums.sort(reverse=True); print(nums)
print(sorted('hello'), sorted((3, 1, 2)), sorted({'b': 1, 'a': 2}), sorted([]), sorted([2.5, 1, True]))
print(sorted([[2, 1], [1, 2], [1]]), sorted([3, 1, 2], reverse=True))
recs = [{'n': 'x', 'v': 2}, {'n': 'y', 'v': 1}, {'n': 'z', 'v': 2}]
print([r['n'] for r in sorted(recs, key=lambda r: r['v'])])
big = [(i * 7919) % 101 for i in range(300)]
print(sorted(big)[:10], sorted(big)[-5:], sorted(big, key=lambda v: v % 10)[:12])
try:
    sorted([1, 'a'])
except TypeError as e:
    print('TypeError:', e)
r = [3, 1, 2]
print(r.sort(), r)
