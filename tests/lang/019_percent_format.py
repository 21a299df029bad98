# printf-style % formatting.
print('%d %i %s %r %%' % (42, -7, 'str', 'repr'))
print('%5d|%-5d|%05d|%+d|% d' % (42, 42, 42, 42, 42))
print('%.2f|%8.3f|%-8.1f|%e|%E|%g|%G' % (3.14159, 3.14159, 3.14159, 12345.678, 0.000123, 1e-10, 1e20))
print('%x %X %o %#x %#o %c %c' % (255, 255, 8, 255, 8, 65, 'z'))
print('%s' % 'single', '%s' % (1,), '%s %s' % ('a', [1, 2]), '%s' % ((1, 2),))
print('%(name)s is %(age)d' % {'name': 'Bo', 'age': 7})
print('%*d|%-*d|%.*f' % (6, 1, 6, 2, 2, 3.14159))
print('%5s|%-5s|%.2s' % ('ab', 'ab', 'abcdef'))
print('%d' % 3.99, '%s' % None, '%r' % 1.5, '%a' % 'é', '%.0f %.0f' % (0.5, 1.5))
print(b'%d bytes %s' % (5, b'x'))
try:
    print('%d %d' % (1,))
except TypeError as e:
    print('TypeError:', e)
try:
    print('%d' % (1, 2))
except TypeError as e:
    print('TypeError:', e)
try:
    print('%d' % 'x')
except TypeError as e:
    print('TypeError:', e)
