# StopIteration escaping a generator becomes RuntimeError (PEP 479).
def gen():
    yield 1
    next(iter([]))
for v in gen():
    print(v)
