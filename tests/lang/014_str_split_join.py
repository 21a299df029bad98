# str.split/rsplit/splitlines/join.
s = '  the quick  brown fox  '
print(s.split(), s.split(' '), s.split(None, 1), s.strip().split(' ', 2))
print('a,b,,c'.split(','), 'a,b,,c'.split(',', 1), 'a,b,,c'.rsplit(',', 1), ''.split(), ''.split(','))
print('a\nb\r\nc\n'.splitlines(), 'a\nb\n'.splitlines(True), 'x'.split('x'))
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join('abc'), '/'.join(str(i) for i in range(4)))
print('one two three'.split(maxsplit=1), 'a  b'.split(' '))
try:
    ''.join([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    'a'.split('')
except ValueError as e:
    print('ValueError:', e)
