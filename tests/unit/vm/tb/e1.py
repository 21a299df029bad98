def f(n):
    return g(n) + 1
def g(n):
    d = {"a": 1}
    return d["b"] * n
f(3)
