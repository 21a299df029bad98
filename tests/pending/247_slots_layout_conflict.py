# multiple bases have instance lay-out conflict, and the combinations that work.
def attempt(label, *bases, **kw):
    try:
        cls = type('C', bases, dict(kw))
        print(label, 'ok', [b.__name__ for b in cls.__mro__])
    except TypeError as e:
        print(label, 'TypeError: ' + str(e))
class A:
    __slots__ = ('a',)
class B:
    __slots__ = ('b',)
class E1:
    __slots__ = ()
class E2:
    __slots__ = ()
class P: pass
class Q: pass
class AS(A):
    __slots__ = ('x',)
attempt('A,B', A, B)
attempt('A,E1', A, E1)
attempt('E1,E2', E1, E2)
attempt('A,P', A, P)
attempt('P,A', P, A)
attempt('P,Q', P, Q)
attempt('AS,A', AS, A)
attempt('A,AS (mro)', A, AS)
attempt('AS,B', AS, B)
attempt('int,str', int, str)
attempt('int,A', int, A)
attempt('int,P', int, P)
attempt('list,dict', list, dict)
attempt('list,P', list, P)
attempt('tuple,int', tuple, int)
attempt('Exception,A', Exception, A)
attempt('Exception,P', Exception, P)
attempt('ValueError,KeyError', ValueError, KeyError)
attempt('OSError,ValueError', OSError, ValueError)
attempt('A,B with slots', A, B, __slots__=())
class WD:
    __slots__ = ('__dict__',)
class WW:
    __slots__ = ('__weakref__',)
attempt('WD,WW', WD, WW)
attempt('WD,P', WD, P)
attempt('WD,A', WD, A)
attempt('WW,A', WW, A)
class A2(A):
    __slots__ = ()
attempt('A2,A', A2, A)
attempt('A2,B', A2, B)
attempt('float,int', float, int)
attempt('object,A', object, A)
attempt('A,object', A, object)
