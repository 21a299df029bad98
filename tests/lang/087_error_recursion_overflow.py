# RecursionError is catchable and the interpreter keeps going; OverflowError cases.
import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print('RecursionError:', e)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(900 < d < sys.getrecursionlimit())
print(sum(range(100)))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(len(str(fact(500))))
for c in [lambda: float(10 ** 400), lambda: int(float('inf')), lambda: 10.0 ** 400, lambda: 10 ** 400 / 1.0,
          lambda: len(range(2 ** 100)), lambda: chr(2 ** 64), lambda: round(float('inf')), lambda: int(float('nan'))]:
    try:
        c()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ':', e)
