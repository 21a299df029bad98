# Predicates, startswith/endswith, partition.
for s in ['123', '12a', '', 'abc', 'ABC', 'Abc', '   ', 'a b', 'Title Case', '½', '٣']:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(),
          s.istitle(), s.isdecimal(), s.isnumeric(), s.isidentifier())
print('hello'.startswith('he'), 'hello'.startswith(('x', 'h')), 'hello'.endswith('lo'), 'hello'.startswith('l', 2))
print('a=b=c'.partition('='), 'a=b=c'.rpartition('='), 'abc'.partition('x'), 'abc'.rpartition('x'))
print('abc'.isascii(), 'é'.isascii(), 'x1'.isidentifier(), '1x'.isidentifier())
