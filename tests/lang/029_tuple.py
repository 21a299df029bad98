# Tuples: packing, singletons, immutability, methods, comparison, hashing of ints.
t = 1, 2, 3
print(t, type(t), (), (1,), tuple(), tuple([1, 2]), tuple('ab'), len(t))
print(t + (4,), t * 2, t[1], t[-1], t.count(2), t.index(3), 2 in t)
print((1, 2) < (1, 2, 0), (1, (2, 3)) == (1, (2, 3)), ((),), ((1,),))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 'pair'}[(1, 2)])
try:
    t[0] = 9
except TypeError as e:
    print('TypeError:', e)
x = ([1],)
x[0].append(2)
print(x)
a, b = 1, 2
a, b = b, a
print(a, b)
print(repr((1,)), str(('a', 'b')), tuple(range(3)))
