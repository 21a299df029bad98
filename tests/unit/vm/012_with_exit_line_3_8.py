# version: 3.8
# The line an exception raised by __exit__ is reported at, per version.
class CM:
    def __init__(self, bad): self.bad = bad
    def __enter__(self): return self
    def __exit__(self, *a):
        if self.bad: raise ValueError("x")
def f():
    with CM(True) as c:
        x = 1
        if x:
            y = 2
        else:
            y = 3
def g():
    with CM(False), CM(True):
        raise KeyError(1)
        z = 3
def h():
    for i in range(2):
        with CM(True):
            return 5
def k():
    with CM(True): pass
for fn in (f, g, h, k):
    try:
        fn()
    except Exception:
        import traceback, sys
        traceback.print_exc(file=sys.stdout)
