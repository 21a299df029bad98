# version: 3.10
# Error messages as CPython 3.10 words them.
def g():
    x += 1
class C:
    def m(self, x):
        pass
for c in [lambda: 1 % 0, lambda: 1 // 0, g, lambda: C().m(), lambda: 'a' + 1, lambda: [].pop()]:
    try:
        c()
    except Exception as e:
        print(type(e).__name__ + ':', e)
try:
    with 5:
        pass
except Exception as e:
    print(type(e).__name__ + ':', e)
