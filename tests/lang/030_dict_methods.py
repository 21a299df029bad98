# dict methods and behaviour.
d = {'a': 1, 'b': 2}
d['c'] = 3; d['a'] = 10
print(d, len(d), d['b'], d.get('z'), d.get('z', 0), 'a' in d, 1 in d)
print(d.keys(), d.values(), d.items())
print(list(d), list(d.items())[0], d.pop('b'), d.pop('zz', 'dflt'), d)
print(d.setdefault('a', 0), d.setdefault('n', []), d)
d.update({'x': 1}, y=2); d.update([('z', 3)]); print(d)
print(d.popitem(), d)
e = dict(a=1, b=2); f = dict([('k', 'v')]); g = dict.fromkeys('ab', 0); h = dict(zip('xy', (1, 2)))
print(e, f, g, h, dict(e, c=3), {**e, 'b': 20, **f})
print(e == {'b': 2, 'a': 1}, e | {'c': 3}, {} or 'empty')
e |= {'b': 0}; print(e)
c = e.copy(); c['a'] = 'changed'; print(e['a'], c['a'])
c.clear(); print(c)
try:
    d['missing']
except KeyError as e:
    print('KeyError:', e)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError:', e)
try:
    {[1]: 2}
except TypeError as e:
    print('TypeError:', e)
print({1: 'int', 1.0: 'float', True: 'bool'}, {(1, 2): 't'}, {None: 0})
for k, v in {'p': 1, 'q': 2}.items():
    print(k, v)
