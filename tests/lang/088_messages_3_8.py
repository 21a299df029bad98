# version: 3.8
# Error messages as CPython 3.8 words them.
def f(a, b):
    pass
class C:
    def m(self, x):
        pass
def g():
    x += 1
cases = [lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1.0, 0), lambda: 1.0 // 0, lambda: f(1, 2, 3),
         lambda: C().m(), lambda: C().m(1, 2), g, lambda: 'a' + 1, lambda: undefined]
for c in cases:
    try:
        c()
    except Exception as e:
        print(type(e).__name__ + ':', e)
print('%s' % 1.5, 2 ** 0.5, round(2.5), f'{3.14159:.2f}', {'a': 1})
