# while with break, continue and else.
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i == 8:
        break
    print('even', i)
else:
    print('not printed')
print('after', i)
n = 3
while n:
    n -= 1
else:
    print('while else runs when the condition fails', n)
count = 0
while True:
    count += 1
    if count > 4:
        break
print(count)
a, b = 0, 1
while b < 100:
    a, b = b, a + b
print(a, b)
