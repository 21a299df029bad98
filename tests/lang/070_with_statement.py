# with: __enter__/__exit__, the as-target, exceptions seen and suppressed, multiple managers.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with CM('a') as v:
    print('inside with', v)
with CM('b', suppress=True):
    raise ValueError('suppressed')
print('continued')
try:
    with CM('c'):
        raise KeyError('escapes')
except KeyError as e:
    print('caught', e)
with CM('x') as x, CM('y') as y:
    print('both', x, y)
def early():
    with CM('ret'):
        return 'returned'
print(early())
for i in range(2):
    with CM('loop%d' % i):
        if i == 0:
            continue
        print('second iteration')
try:
    with 5:
        pass
except TypeError as e:
    print('TypeError:', e)
