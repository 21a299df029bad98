# str.strip family, replace, find/index/rfind, count.
s = '--hello world--'
print(s.strip('-'), s.lstrip('-'), s.rstrip('-'), '  x \t\n'.strip(), 'xxaxx'.strip('x'))
print(s.replace('-', '+'), s.replace('-', '', 2), 'aaa'.replace('a', 'bb'), 'abc'.replace('', '.'))
print(s.find('o'), s.rfind('o'), s.find('z'), s.find('o', 7), s.find('o', 2, 6), s.index('w'))
print(s.count('-'), 'aaaa'.count('aa'), 'abc'.count(''), s.rindex('l'))
print('hello'.removeprefix('he'), 'hello'.removesuffix('lo'), 'hello'.removeprefix('x'))
try:
    'abc'.index('z')
except ValueError as e:
    print('ValueError:', e)
print('tab\there'.expandtabs(4), 'a' in 'cat', 'at' not in 'cat', '' in 'x')
