if a:
    pass
if a:
    b
else:
    c
if a:
    b
elif c:
    d
elif e:
    f
else:
    g
while x:
    x -= 1
while x:
    break
else:
    continue
for i in range(10):
    print(i)
for i, j in pairs:
    pass
else:
    pass
for x in *a, *b:
    pass
if x: pass
if x: a; b
if x: a; b;
while (n := n - 1) > 0: pass
if (m := re.match(p, s)) is not None:
    print(m)
