# Assignment expressions, conditional expressions, pass, ellipsis, multiple targets, semicolons.
data = [1, 5, 12, 3, 20]
if (n := len(data)) > 3:
    print('long list', n)
print([y for x in data if (y := x * 2) > 10], y)
i = 0
while (i := i + 1) < 3:
    print('loop', i)
def noop():
    pass
print(noop(), ..., type(...).__name__, Ellipsis is ...)
a = b = [0]
a.append(1); print(b)
x = 1; y = 2; print(x + y)
print('yes' if [] else 'no', (lambda: 1 if True else 2)())
v = 15
kind = 'fizzbuzz' if v % 15 == 0 else 'fizz' if v % 3 == 0 else 'buzz' if v % 5 == 0 else str(v)
print(kind)
for k in range(1, 16):
    print('FizzBuzz' if k % 15 == 0 else 'Fizz' if k % 3 == 0 else 'Buzz' if k % 5 == 0 else k, end=' ')
print()
