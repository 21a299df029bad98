# Recursion 100,000 deep stops with RecursionError at the limit; it must not crash.
def down(n):
    if n == 100000:
        return n
    return down(n + 1)
print('start')
down(0)
