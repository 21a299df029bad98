def sub():
    try:
        yield 1
    except ValueError:
        return "sub returned"
def outer():
    r = yield from sub()
    print("outer got", r)
    yield "after"
g = outer()
print(next(g))
print(g.throw(ValueError))
def sub2():
    yield 1
    yield 2
def outer2():
    try:
        yield from sub2()
    finally:
        print("outer2 finally")
g = outer2(); next(g); g.close(); print("closed")
def outer3():
    yield from iter([1, 2])
g = outer3(); next(g)
try:
    g.throw(KeyError("kk"))
except KeyError as e:
    print("propagated", e)
import sys
def exc_state():
    try:
        raise ValueError("a")
    except ValueError:
        yield 1
        print("in gen after resume:", repr(sys.exc_info()[1]))
g = exc_state(); next(g)
print("outside:", sys.exc_info()[1])
try:
    raise TypeError("outer")
except TypeError:
    next(g, None)
    print("restored:", repr(sys.exc_info()[1]))
