# list methods.
a = [3, 1, 2]
a.append(4); print(a)
a.extend([5, 6]); print(a)
a.extend('xy'); print(a)
a.insert(0, 'first'); a.insert(-1, 'pen'); a.insert(100, 'last'); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove('x'); print(a)
print(a.index(2), a.count(2), [1, 1, 2].count(1), [1, 2, 3, 2].index(2, 2))
b = a.copy(); b.clear(); print(a, b)
a = [1, 2, 3]; a.reverse(); print(a)
print([1, 2] + [3], [0] * 3, [[]] * 2, len([1, [2, 3]]), list(range(3)), list('ab'))
m = [[0] * 2] * 2; m[0][0] = 9; print(m)
m = [[0] * 2 for _ in range(2)]; m[0][0] = 9; print(m)
a = [1, 2]; a += (3,); a *= 2; print(a)
for bad in (lambda: [].pop(), lambda: [1].remove(5), lambda: [1].index(7), lambda: [1, 2][5]):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(repr([]), str([1, 'a', None, 2.5, [True]]), [1, 2] == [1, 2], [1, 2] is [1, 2] if False else '')
x = [1]; x.append(x); print(x)
