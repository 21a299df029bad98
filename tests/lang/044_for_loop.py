# for with break, continue, else; nested loops; loop variable after the loop.
for i in range(5):
    if i == 3:
        break
else:
    print('no')
print('broke at', i)
for i in []:
    pass
else:
    print('else after empty loop')
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=' ')
print()
for c in 'abc':
    if c == 'b':
        continue
    print(c)
for k in {'x': 1, 'y': 2}:
    print(k)
total = 0
for i in range(1, 101):
    total += i
print(total, i)
l = [1, 2, 3]
for x in l:
    if x == 1:
        l.append(4)
print(l)
