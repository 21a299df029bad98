# Dict inserts: build dicts of int and str keys from empty, growing through every resize.
total = 0
for round_ in range(5):
    d = {}
    for i in range(200000):
        d[i] = i
    s = {}
    for i in range(100000):
        s['k' + str(i)] = i
    total += len(d) + len(s)
print(total)
