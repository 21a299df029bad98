# str.format: positional, numbered, named, attributes, items, conversions.
print('{} {}'.format('a', 'b'), '{1} {0} {1}'.format('a', 'b'), '{x}-{y}'.format(x=1, y=2))
print('{0[0]} {0[1]} {1[k]}'.format([5, 6], {'k': 'v'}))
class P:
    x = 3
    def __str__(self):
        return 'P-str'
    def __repr__(self):
        return 'P-repr'
print('{0.x} {0} {0!r} {0!s} {0!a}'.format(P()))
print('{:>6}|{:<6}|{:^6}|{:*^7}|{:06.2f}|{:,}'.format('r', 'l', 'c', 'x', 3.14159, 10 ** 7))
print('{:{w}.{p}f}'.format(2.5, w=8, p=3), '{{}} {}'.format('lit'))
print('{!r:>10}'.format('q'), '{0:b} {0:o} {0:x} {0:#X}'.format(2024))
args = ('p', 'q')
kw = {'n': 9}
print('{} {} {n}'.format(*args, **kw), str.format('{}', 1))
try:
    '{} {}'.format(1)
except IndexError as e:
    print('IndexError:', e)
try:
    '{name}'.format()
except KeyError as e:
    print('KeyError:', e)
