# version: 3.7
# Classes can be changed after creation: every instance sees the change.
class C:
    def __init__(self, v):
        self.v = v
a, b = C(1), C(2)
def double(self):
    return self.v * 2
C.double = double
print('added method', a.double(), b.double())
C.kind = 'shared'
print('added attr', a.kind, b.kind)
a.kind = 'own'
print('shadow', a.kind, b.kind, C.kind)
del a.kind
print('unshadow', a.kind)
del C.double
try:
    a.double()
except AttributeError as e:
    print('AttributeError: ' + str(e))
C.__repr__ = lambda self: 'C<%d>' % self.v
print('repr added', repr(a), str(b), [a, b])
C.__len__ = lambda self: self.v
print('len added', len(a), len(b), bool(C(0)))
C.__eq__ = lambda self, other: isinstance(other, C) and self.v == other.v
print('eq added', a == C(1), a == b, C.__hash__ is not None)
C.__add__ = lambda self, o: C(self.v + o.v)
print('add added', a + b)
del C.__add__
try:
    a + b
except TypeError as e:
    print('TypeError: ' + str(e))
class D(C): pass
C.inherited = lambda self: 'from C'
print('subclass sees', D(5).inherited())
C.__getattr__ = lambda self, name: 'missing ' + name
print('getattr added', a.zzz)
del C.__getattr__
try:
    a.zzz
except AttributeError as e:
    print('AttributeError: ' + str(e))
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
def setit(obj, name, val):
    setattr(obj, name, val)
    return 'ok'
attempt('set int attr', lambda: setit(int, 'x', 1))
attempt('set object attr', lambda: setit(object, 'x', 1))
attempt('set list method', lambda: setit(list, 'append', None))
attempt('del int attr', lambda: delattr(int, 'real'))
attempt('instance of object', lambda: setit(object(), 'x', 1))
class E: pass
e = E()
attempt('class assign', lambda: setit(e, '__class__', D))
print('now', type(e).__name__)
attempt('class assign int', lambda: setit(e, '__class__', int))
attempt('class assign non-type', lambda: setit(e, '__class__', 3))
attempt('int class assign', lambda: setit(5, '__class__', bool))
class S1:
    __slots__ = ('a',)
class S2:
    __slots__ = ('a',)
class S3:
    __slots__ = ('b',)
s = S1()
attempt('slots compatible', lambda: setit(s, '__class__', S2))
attempt('slots incompatible', lambda: setit(s, '__class__', S3))
attempt('del __class__', lambda: delattr(e, '__class__'))
