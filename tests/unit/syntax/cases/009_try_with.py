try:
    a
except:
    b
try:
    a
except E:
    b
except (E1, E2) as e:
    c
else:
    d
finally:
    e
try:
    a
finally:
    b
with a:
    pass
with a as b:
    pass
with a as b, c as d:
    pass
with a as (b, c):
    pass
with (a as b, c as d):
    pass
with (a, b):
    pass
with (a, b) as c:
    pass
with (a):
    pass
with (a as b,):
    pass
with (
    open('x') as f,
    open('y') as g,
):
    pass
with a as b.c, d as e[0]:
    pass
raise
raise E
raise E('msg')
raise E from e
raise E from None
assert x
assert x, 'message'
assert (x, 'tuple')
