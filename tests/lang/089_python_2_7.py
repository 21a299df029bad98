# version: 2.7
from __future__ import print_function
# The subset that also runs on 2.7, as the oracle cases use it.
class C(object):
    def __init__(self, x):
        self.x = x
print(C(3).x, type(C(1)).__name__, 7 // 2, 7 % 3, 2 ** 10, 'a%sb' % 'X')
print('%d items, %.1f%%' % (3, 12.5), '{0}-{1}'.format('p', 'q'))
d = {'k': 1}
print(sorted(d.items()), len([1, 2]), list(range(3)), 10 ** 20)
try:
    {}['missing']
except KeyError as e:
    print('KeyError:', e)
def fn(a, b=2):
    return a + b
print(fn(1), fn(1, b=5), isinstance(1, int))
