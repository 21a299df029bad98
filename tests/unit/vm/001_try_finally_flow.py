# every exit path through try/except/else/finally and with
def f1():
    try:
        return "try"
    finally:
        print("finally 1")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally"
print(f2())
def f3():
    for i in range(5):
        try:
            if i == 1: continue
            if i == 3: break
            print("body", i)
        finally:
            print("fin", i)
    else:
        print("else not reached")
    return i
print(f3())
def f4():
    try:
        1 / 0
    except ZeroDivisionError as e:
        print("caught", type(e).__name__, e)
        return "from except"
    finally:
        print("finally 4")
print(f4())
def f5():
    try:
        pass
    except Exception:
        print("no")
    else:
        print("else runs")
    finally:
        print("finally 5")
f5()
def f6():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
f6()
def f7():
    while True:
        try:
            try:
                raise KeyError("k")
            except KeyError:
                break
        finally:
            print("f7 finally")
    return "done"
print(f7())
def f8():
    try:
        raise ValueError(1)
    except ValueError as e:
        pass
    try:
        e
    except NameError as n:
        print("NameError:", n)
    except UnboundLocalError as u:
        print("Unbound:", u)
f8()
def f9():
    for x in [1, 2]:
        try:
            raise TypeError(x)
        except TypeError:
            continue
        finally:
            print("f9 finally", x)
f9()
def f10():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError as t:
            print("ctx", repr(t.__context__))
    import sys
    print(sys.exc_info()[0])
f10()
def f11():
    try:
        raise ValueError("x")
    except ValueError:
        raise
try:
    f11()
except ValueError as e:
    print("reraised", e)
try:
    raise
except RuntimeError as e:
    print(e)
def f12():
    try:
        raise ValueError("orig")
    except ValueError as e:
        raise TypeError("new") from e
try:
    f12()
except TypeError as e:
    print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        raise ValueError
    except ValueError:
        raise TypeError from None
except TypeError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
class CM:
    def __init__(self, name, suppress=False):
        self.name = name; self.suppress = suppress
    def __enter__(self):
        print("enter", self.name); return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.suppress
with CM("a") as a, CM("b") as b:
    print("inside", a, b)
with CM("s", True):
    raise KeyError("swallowed")
print("after swallow")
def f13():
    with CM("r"):
        return "ret from with"
print(f13())
def f14():
    for i in range(3):
        with CM(i):
            if i == 1: break
f14()
try:
    with CM("p"):
        raise IndexError("propagates")
except IndexError as e:
    print("got", e)
def f15():
    try:
        return 1
    finally:
        try:
            raise ValueError
        except ValueError:
            print("handled in finally")
print(f15())
def gen_fin():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for v in gen_fin():
    print(v)
    break
print("end")
