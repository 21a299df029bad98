# KeyError and IndexError messages.
for c in [lambda: {}['k'], lambda: {'a': 1}[0], lambda: {}[(1, 2)], lambda: {}[''], lambda: {1: 2}[None], lambda: {}.pop('p')]:
    try:
        c()
    except KeyError as e:
        print('KeyError:', e, repr(e), e.args)
for c in [lambda: [][0], lambda: [1, 2][2], lambda: [1][-2], lambda: ()[0], lambda: 'ab'[5],
          lambda: range(3)[3], lambda: b'x'[1], lambda: [].pop(), lambda: [1].pop(5), lambda: [].insert(0, 1) or [][0]]:
    try:
        c()
    except IndexError as e:
        print('IndexError:', e)
l = [1, 2]
try:
    l[5] = 0
except IndexError as e:
    print('IndexError:', e)
try:
    del l[7]
except IndexError as e:
    print('IndexError:', e)
print(l[5:10], l[-10:1])
