# version: 3.11
# Class-creation errors about __slots__, by class statement and by type(), on 2.7 and 3.x.
from __future__ import print_function
def show(label, make):
    try:
        make()
        print('%s: ok' % label)
    except (TypeError, ValueError) as e:
        print('%s: %s: %s' % (label, type(e).__name__, e))
def stmt_int_slot():
    class Counter(int):
        __slots__ = ('count',)
def stmt_tuple_slot():
    class Pair(tuple):
        __slots__ = ('tag',)
def stmt_conflict():
    class Setting(object):
        __slots__ = ('value',)
        value = 0
def stmt_bad_name():
    class Odd(object):
        __slots__ = ('two words',)
def stmt_non_string():
    class Num(object):
        __slots__ = (42,)
def stmt_layout():
    class Left(object):
        __slots__ = ('l',)
    class Right(object):
        __slots__ = ('r',)
    class Both(Left, Right):
        pass
def stmt_dict_twice():
    class D(object):
        __slots__ = ('__dict__', '__dict__')
def stmt_weakref_on_plain():
    class Plain(object):
        pass
    class W(Plain):
        __slots__ = ('__weakref__',)
def stmt_dict_on_plain():
    class Plain(object):
        pass
    class W(Plain):
        __slots__ = ('__dict__',)
for label, make in [('int subclass', stmt_int_slot), ('tuple subclass', stmt_tuple_slot), ('conflict', stmt_conflict),
                    ('bad name', stmt_bad_name), ('non-string', stmt_non_string), ('layout', stmt_layout),
                    ('__dict__ twice', stmt_dict_twice), ('__weakref__ on plain base', stmt_weakref_on_plain),
                    ('__dict__ on plain base', stmt_dict_on_plain)]:
    show('class ' + label, make)
show('type() int subclass', lambda: type('Counter', (int,), {'__slots__': ('count',)}))
show('type() conflict', lambda: type('Setting', (object,), {'__slots__': ('value',), 'value': 0}))
show('type() bad name', lambda: type('Odd', (object,), {'__slots__': ('1st',)}))
show('type() bytes subclass', lambda: type('B', (bytes,), {'__slots__': ('x',)}))
show('type() str subclass', lambda: type('S', (str,), {'__slots__': ('x',)}))
