# version: 3.13
# Frame objects: f_back chains, f_lineno/f_locals live and after the frame ends, gi_frame, tb_frame, writable tb_next; types.MethodType.
import sys
def f():
    raise ValueError
try:
    f()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb.tb_frame).__name__, tb.tb_frame.f_code.co_name, tb.tb_frame.f_lineno)
    print('__name__' in tb.tb_frame.f_globals, tb.tb_next.tb_frame.f_code.co_name)
    print(tb.tb_next.tb_frame.f_back is tb.tb_frame)
    print(tb.tb_next.tb_frame.f_lineno, tb.tb_next.tb_lineno)
    tb.tb_next = None
    print(tb.tb_next)
def g():
    return sys._getframe(1).f_globals['__name__'], sys._getframe().f_code.co_name
print(g())
def h():
    fr = sys._getframe()
    x = 5
    return fr
fr = h()
print(sorted(fr.f_locals), fr.f_lineno, fr.f_back.f_code.co_name, fr.f_back.f_lineno)
def gen():
    yield sys._getframe()
    yield 2
gg = gen()
print(gg.gi_frame.f_lineno, gg.gi_frame.f_code.co_name, gg.gi_frame.f_back)
inner = next(gg)
print(inner is gg.gi_frame, inner.f_lineno, inner.f_back)
list(gg)
print(gg.gi_frame)
def boom():
    yield 1
    raise KeyError('k')
try:
    for _ in boom(): pass
except KeyError as e:
    t = e.__traceback__
    while t.tb_next: t = t.tb_next
    print(t.tb_frame.f_code.co_name, t.tb_frame.f_back is None, t.tb_lineno)
def outer():
    me = sys._getframe()
    def inner():
        return sys._getframe(1)
    return inner() is me
print(outer())
print(sys._getframe().f_back, sys._getframe().f_code.co_name)
def deep(n):
    if n == 0:
        return sys._getframe()
    return deep(n - 1)
d = deep(3)
c = 0
while d is not None:
    c += 1
    print(d.f_code.co_name, d.f_lineno)
    d = d.f_back
print(c)
try:
    sys._getframe(100)
except ValueError as e:
    print(e)
def loc(a, b=2):
    c = a + b
    return sys._getframe().f_locals
print(sorted(loc(1).items()))
print(sys._getframe().f_locals is globals(), sys._getframe().f_globals is globals())
print(type(sys._getframe().f_lasti), sys._getframe().f_trace)
print(sys._getframe().f_builtins is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else sys._getframe().f_builtins is __builtins__)
import sys, gc
def a():
    f = sys._getframe()
    return f
frames = [a() for _ in range(100)]
def cyc():
    me = sys._getframe()
    me.f_locals
    x = me
    return 1
for i in range(100): cyc()
gc.collect()
def g():
    fr = sys._getframe()
    yield fr
    yield fr.f_back
gen = g()
f1 = next(gen)
print(f1.f_back is None, next(gen) is None)
del gen
gc.collect()
print(f1.f_lineno, f1.f_code.co_name)
try:
    def r(n):
        if n == 0: raise ValueError
        r(n-1)
    r(50)
except ValueError as e:
    tb = e.__traceback__
    n = 0
    while tb: n += 1; last = tb; tb = tb.tb_next
    print(n, last.tb_frame.f_back.f_back.f_code.co_name)
    e.__traceback__.tb_next = None
    try:
        e.__traceback__.tb_next = e.__traceback__
    except ValueError as v: print(v)
    try:
        e.__traceback__.tb_next = 5
    except TypeError as v: print(v)
    try:
        del e.__traceback__.tb_next
    except TypeError as v: print(v)
gc.collect()
print([x.f_code.co_name for x in frames[:2]], frames[0].f_back.f_code.co_name)
print(frames[0].clear())
def outer():
    return [sys._getframe().f_code.co_name for _ in range(1)]
print(outer())
import types
class C:
    def m(self):
        return self
c = C()
print(types.MethodType(C.m, c)() is c, type(c.m)(C.m, 5)())
for a in [(), (len, None), (1, 2)]:
    try:
        types.MethodType(*a)
    except TypeError as e:
        print(e)
