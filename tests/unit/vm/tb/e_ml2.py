def f(a, b):
    return a / b
y = 2 + f(1,
       0)
