# Strings as sequences: indexing, slicing, iteration, comparison, ord/chr.
s = 'abcdefghij'
print(s[0], s[-1], s[2:5], s[:3], s[7:], s[::2], s[::-1], s[-3:], s[1:-1:3], s[100:], s[-100:2])
print(list('héllo'), len('héllo'), [c for c in 'ab'], 'abc' < 'abd', 'Z' < 'a', 'abc' < 'ab')
print(ord('a'), chr(97), ord('€'), chr(0x1F600) == '\U0001F600', max('hello'), min('hello'), sorted('banana'))
print('a' + 'b', 'x' * 3, 'abc'[1:] + 'abc'[:1], str(12) + '3', 'abc' == 'ab' + 'c')
