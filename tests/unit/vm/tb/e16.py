def f():
    return 1
    yield
for x in f():
    pass
assert 1 == 2, "numbers differ"
