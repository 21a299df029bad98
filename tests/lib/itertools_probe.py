# versions: 3.8 3.10 3.12 3.13
import sys
import itertools as it
V = sys.version_info[:2]
print(list(it.islice(it.count(5, 2), 4)), list(it.islice(it.cycle('ab'), 5)), list(it.repeat(1, 3)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 2], max)),
      list(it.accumulate([1, 2], initial=10)), list(it.accumulate([])))
print(list(it.chain('ab', [1])), list(it.chain.from_iterable(['xy', 'z'])))
print(list(it.compress('abcd', [1, 0, 1, 0])), list(it.dropwhile(lambda x: x < 3, [1, 4, 1])),
      list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.filterfalse(None, [0, 1, '', 'a'])))
print([(k, list(g)) for k, g in it.groupby('aabbbcaa')])
print([(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = [g for k, g in it.groupby('aabb')]
print([list(g) for g in groups])
print(list(it.islice('abcdefg', 2)), list(it.islice('abcdefg', 2, 4)), list(it.islice('abcdefg', 0, None, 3)))
try:
    it.islice('a', -1)
except ValueError as e:
    print('ValueError', e)
print(list(it.starmap(pow, [(2, 3), (3, 2)])))
a, b = it.tee([1, 2, 3])
print(list(a), list(b), len(it.tee('x', 3)))
print(list(it.zip_longest('ab', 'xyz', fillvalue='-')), list(it.zip_longest()))
print(list(it.product('ab', [0, 1])), len(list(it.product(range(3), repeat=2))))
print(list(it.permutations('abc', 2)), len(list(it.permutations(range(4)))))
print(list(it.combinations('abcd', 2)), list(it.combinations_with_replacement('ab', 2)),
      list(it.combinations('ab', 3)))
if V >= (3, 10):
    print(list(it.pairwise('abcd')))
if V >= (3, 12):
    print(list(it.batched('abcdefg', 3)))
