# Every form of __slots__ CPython accepts: str, tuple, list, iterable, dict, empty.
def show(cls):
    o = cls()
    names = [k for k in cls.__dict__ if type(cls.__dict__[k]).__name__ == 'member_descriptor']
    sl = cls.__slots__
    shown = repr(sl) if type(sl) in (str, tuple, list, dict) else type(sl).__name__
    print(cls.__name__, 'slots=' + shown, 'members=%r' % names, 'dict=%s' % hasattr(o, '__dict__'), 'weakref=%s' % hasattr(o, '__weakref__'))
class Str:
    __slots__ = 'only'
class Tup:
    __slots__ = ('a', 'b')
class Lst:
    __slots__ = ['a', 'b']
class Gen:
    __slots__ = (n for n in ['g1', 'g2'])
class It:
    __slots__ = iter(['i1', 'i2'])
class Dct:
    __slots__ = {'d1': 'doc one', 'd2': None}
class Empty:
    __slots__ = ()
class EmptyList:
    __slots__ = []
class SetLike:
    __slots__ = frozenset(['s1'])
for cls in (Str, Tup, Lst, Gen, It, Dct, Empty, EmptyList, SetLike):
    try:
        show(cls)
    except Exception as e:
        print(cls.__name__, type(e).__name__ + ': ' + str(e))
print('dict docs', Dct.d1.__doc__, Dct.d2.__doc__, Tup.a.__doc__)
print('gen slots consumed', type(Gen.__slots__).__name__, list(Gen.__slots__))
t = Tup(); t.a = 1; t.b = 2
print('tuple slots values', t.a, t.b)
Lst.__slots__.append('c')
l = Lst()
try:
    l.c = 1
except AttributeError as e:
    print('mutating __slots__ later does nothing: AttributeError: ' + str(e))
print('slots dict form instance', type(Dct.__dict__['d1']).__name__)
try:
    class EmptyStr:
        __slots__ = ''
except TypeError as e:
    print('empty string: TypeError: ' + str(e))
try:
    class B:
        __slots__ = b'ab'
except TypeError as e:
    print('bytes: TypeError: ' + str(e))
try:
    class N:
        __slots__ = 5
except TypeError as e:
    print('int: TypeError: ' + str(e))
try:
    class NoneSlots:
        __slots__ = None
except TypeError as e:
    print('None: TypeError: ' + str(e))
class StrSub(str): pass
class SubName:
    __slots__ = (StrSub('sub'),)
s = SubName(); s.sub = 1
print('str subclass name', s.sub, type(SubName.__slots__[0]).__name__)
class Unicode:
    __slots__ = ('naïve', 'ß')
u = Unicode(); u.naïve = 1
print('unicode identifiers', u.naïve, Unicode.__slots__)
