# print: sep, end, file, flush, and sys.stdout replaced by a user object.
import sys
print(1, 2, 3)
print(1, 2, 3, sep=', ', end='!\n')
print('a', 'b', sep='')
print()
print('no newline', end='')
print(' -- continued')
print(None, True, 1.5, [1, 'x'], {'k': (1,)})
print('to stderr', file=sys.stderr)
print('flushed', flush=True)
print(*range(5), sep='-')
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
cap = Capture()
old = sys.stdout
sys.stdout = cap
print('captured', 42)
sys.stdout = old
print(cap.parts)
print('x', file=cap)
print(cap.parts[-2:])
n = sys.stdout.write('written\n')
print(n)
for bad in [dict(sep=3), dict(end=[]), dict(foo=1)]:
    try:
        print('x', **bad)
    except TypeError as e:
        print('TypeError:', e)
print(sys.stdout, sys.stderr.name, sys.stdin.mode)
