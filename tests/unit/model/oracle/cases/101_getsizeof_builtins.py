# versions: 3.6 3.7 3.8 3.9 3.10 3.11 3.12 3.13
from __future__ import print_function
import sys
class S(str): pass
class SS(str): __slots__ = ()
class B(bytes): pass
class T(tuple): pass
class Li(list): pass
class Di(dict): pass
class In(int): pass
class Fl(float): pass
class E(Exception): pass
def f(): pass
vals = [
 ('int0', 0), ('int1', 1), ('intneg', -5), ('int2_30', 2**30), ('int2_60', 2**60), ('int2_100', 2**100), ('intbig', -(10**50)),
 ('bool', True), ('boolF', False), ('float', 1.5), ('none', None),
 ('str0', ''), ('str1', 'a'), ('str5', 'hello'), ('strlat', 'caf\xe9'), ('stru2', u'ab\u20ac'), ('strwide', u'\U0001F600x'),
 ('bytes0', b''), ('bytes4', b'abcd'), ('tuple0', ()), ('tuple1', (1,)), ('tuple3', (1, 2, 3)),
 ('dict0', {}), ('set0', set()), ('set5', set([1, 2, 3, 4, 5])), ('fs', frozenset([1])), ('set20', set(range(20))),
 ('range', range(10)), ('slice', slice(1, 2)), ('func', f), ('type', S), ('exc', ValueError('x')), ('E', E()),
 ('S5', S('hello')), ('SS5', SS('hello')), ('Su', S(u'\u20ac')), ('B4', B(b'abcd')), ('T3', T((1,2,3))), ('Li3', Li([1,2,3])),
 ('Di', Di()), ('In', In(5)), ('In0', In(0)), ('Fl', Fl(1.0)), ('object', object()),
]
for name, v in vals:
    print(name, sys.getsizeof(v))
