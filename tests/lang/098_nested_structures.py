# Nested containers: reprs, recursive reprs, copying, equality.
data = {'name': 'x', 'tags': ['a', 'b'], 'pos': (1, 2), 'meta': {'n': None, 'f': 1.5, 't': True}}
print(data)
print(data['meta']['f'], data['tags'][-1], data['pos'][0])
l = [1, 2]
l.append(l)
print(l, l[2][2][0])
d = {}
d['self'] = d
print(d)
a = [[1, 2], [3]]
b = list(a)
b[0].append('shared')
b.append('own')
print(a, b)
deep = [[[[]]]]
print(deep, len(deep[0][0]), deep == [[[[]]]])
print([{1: (2, [3, {4: 5}])}], ((),), [[], {}], str({'q': "it's"}), repr({"a": 'say "hi"'}))
