# TypeError messages for bad operand types.
five, text, none, flt, lst = 5, 'abc', None, 1.5, [1]
cases = [
    lambda: 1 + 'a', lambda: 'a' + 1, lambda: [1] + (1,), lambda: 1 - 'a', lambda: 'a' * 'b',
    lambda: [] * 1.5, lambda: 1 / 'x', lambda: 2 ** 'x', lambda: -'a', lambda: ~1.5, lambda: +[],
    lambda: {} + {}, lambda: None + 1, lambda: 1 < 'a', lambda: [] > 1, lambda: 1 % 'a',
    lambda: len(5), lambda: len(None), lambda: five(), lambda: text(), lambda: five[0], lambda: none[0],
    lambda: text[flt], lambda: lst[none], lambda: {}[[]], lambda: 1 in 5, lambda: 'a' in ['a'] in 5,
    lambda: iter(None), lambda: (x for x in 5), lambda: 'x'.join([1]), lambda: sorted([1, None]),
    lambda: 'abc'.startswith(1), lambda: object() < object(),
]
for c in cases:
    try:
        c()
        print('no error')
    except TypeError as e:
        print('TypeError:', e)
s = 'text'
try:
    s[0] = 'T'
except TypeError as e:
    print('TypeError:', e)
try:
    del s[0]
except TypeError as e:
    print('TypeError:', e)
