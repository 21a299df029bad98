# version: 3.8
# __class__, __name__, __qualname__, __module__, __doc__, __bases__, __base__, __dict__.
class Outer:
    """Outer doc."""
    class Inner:
        class Deepest:
            pass
    def method(self):
        class Local:
            pass
        return Local
o = Outer()
print('class', o.__class__.__name__, o.__class__ is Outer)
print('names', Outer.__name__, Outer.Inner.__name__, Outer.Inner.Deepest.__qualname__)
print('local', Outer().method().__qualname__)
print('module', Outer.__module__, int.__module__, __name__)
print('doc', Outer.__doc__, Outer.Inner.__doc__, o.__doc__)
print('method qualname', Outer.method.__qualname__, Outer.method.__name__)
print('bases', Outer.__bases__, Outer.__base__, object.__bases__, object.__base__)
print('dict type', type(Outer.__dict__).__name__)
print('dict keys', [k for k in Outer.__dict__])
Outer.__name__ = 'Renamed'
print('renamed', Outer.__name__, Outer.__qualname__)
Outer.__qualname__ = 'New.Qual'
print('requal', Outer.__qualname__, Outer.__name__)
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
def set_(obj, name, value):
    setattr(obj, name, value)
    return getattr(obj, name)
attempt('name int', lambda: set_(Outer, '__name__', 1))
attempt('qualname int', lambda: set_(Outer, '__qualname__', 1))
attempt('name nul', lambda: set_(Outer, '__name__', 'a\0b'))
attempt('builtin name', lambda: set_(int, '__name__', 'x'))
attempt('del name', lambda: delattr(Outer, '__name__'))
attempt('module set', lambda: set_(Outer, '__module__', 'elsewhere'))
attempt('doc set', lambda: set_(Outer, '__doc__', 'changed'))
attempt('dict set', lambda: set_(Outer, '__dict__', {}))
attempt('mappingproxy assign', lambda: Outer.__dict__.__setitem__('x', 1))
class A: pass
class B: pass
class C(A): pass
attempt('bases assign', lambda: [b.__name__ for b in set_(C, '__bases__', (B,))])
attempt('mro after', lambda: [k.__name__ for k in C.__mro__])
attempt('bases empty', lambda: set_(C, '__bases__', ()))
attempt('bases non-class', lambda: set_(C, '__bases__', (1,)))
attempt('bases cycle', lambda: set_(A, '__bases__', (C,)))
attempt('bases del', lambda: delattr(C, '__bases__'))
attempt('class of int', lambda: (1).__class__)
attempt('type dict', lambda: type(int.__dict__['__add__']).__name__)
class NoDoc: pass
print('nodoc', NoDoc.__doc__)
class Doc2:
    'single'
    x = 1
print('doc2', Doc2.__doc__)
class NotDoc:
    x = 1
    'not a doc'
print('notdoc', NotDoc.__doc__)
print('annotations', A.__dict__.get('__annotations__'))
class Ann:
    x: int
    y: str = 'a'
print('ann', Ann.__annotations__)
print('weakref/dict in dict', '__dict__' in A.__dict__, '__weakref__' in A.__dict__, '__dict__' in C.__dict__)
