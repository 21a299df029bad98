# generators: send, throw, close, yield from, return values, PEP 479, running state
def echo():
    received = yield "ready"
    while True:
        received = yield f"got {received}"
g = echo()
print(next(g), g.send(1), g.send("two"))
try:
    echo().send(5)
except TypeError as e:
    print(e)
def ret():
    yield 1
    return "result"
g = ret(); next(g)
try:
    next(g)
except StopIteration as e:
    print("stop value", e.value, e.args)
def sub():
    x = yield 1
    print("sub got", x)
    yield 2
    return "sub done"
def deleg():
    r = yield from sub()
    print("deleg got", r)
    yield from [10, 20]
    return "deleg done"
g = deleg()
print(next(g), g.send("hello"), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print(e.value)
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught in gen", e)
            yield "recovered"
g = catcher(); next(g)
print(g.throw(ValueError("boom")))
print(g.throw(ValueError, "boom2") if False else "skip")
def closer():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
g = closer(); next(g); g.close(); print("closed", g.gi_running)
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = stubborn(); next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)
def bad():
    yield 1
    raise StopIteration("oops")
try:
    list(bad())
except RuntimeError as e:
    print(e, repr(e.__cause__))
def selfref():
    yield g2.send(None)
g2 = selfref()
try:
    next(g2)
except ValueError as e:
    print(e)
def inner_thrower():
    try:
        yield 1
    except KeyError:
        yield "inner handled"
def outer_deleg():
    yield from inner_thrower()
g = outer_deleg(); next(g)
print(g.throw(KeyError("k")))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
fg = fib()
print([next(fg) for _ in range(10)])
print(sum(x * x for x in range(10)), max((len(w), w) for w in ["a", "bbb", "cc"]))
def gen_exc_info():
    import sys
    try:
        raise ValueError("inside")
    except ValueError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
import sys
g = gen_exc_info()
print(repr(next(g)), repr(sys.exc_info()[1]), repr(next(g)))
print(g.__name__, g.__qualname__, repr(g)[:30])
def lazy():
    print("started")
    yield
g = lazy(); print("created"); next(g)
def count_down(n):
    while n > 0:
        yield n
        n -= 1
print(list(count_down(3)), [*count_down(2)])
