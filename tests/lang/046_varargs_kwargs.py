# *args and **kwargs, and calling with * and **.
def f(a, b=2, *args, **kwargs):
    print('a=%r b=%r args=%r kwargs=%r' % (a, b, args, kwargs))
f(1)
f(1, 3)
f(1, 3, 5, 7)
f(1, x=9)
f(*[1, 2, 3], **{'y': 4, 'z': 5})
f(b=0, a=-1)
def total(*nums):
    return sum(nums)
print(total(), total(1, 2, 3), total(*range(10)))
def opts(**kw):
    return sorted(kw.items())
print(opts(b=2, a=1), opts(**{'c': 3}))
def fwd(*a, **k):
    return f(*a, **k)
fwd('fw', more=True)
