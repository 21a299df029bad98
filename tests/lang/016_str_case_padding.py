# Case changes and padding.
s = 'hello World'
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), 'ß'.upper(), 'ǅ'.lower())
print('[' + 'ab'.center(7) + ']', '[' + 'ab'.center(7, '*') + ']', '[' + 'abc'.center(6) + ']')
print('[' + 'ab'.ljust(5) + ']', '[' + 'ab'.rjust(5, '.') + ']', '[' + 'long'.ljust(2) + ']')
print('42'.zfill(5), '-42'.zfill(5), '+4'.zfill(4), 'abc'.zfill(2))
print("they're bill's".title(), 'HELLO'.casefold(), 'x' * 0, 'ab' * 3, 3 * 'c')
