def f():
    return 'ab' * 'c'
result = f()
