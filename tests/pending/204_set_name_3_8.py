# version: 3.8
# __set_name__: called at class creation in definition order, not later; its errors.
class Named:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.owner = owner.__name__
        self.name = name
    def __get__(self, obj, objtype=None):
        return 'Named(' + self.owner + '.' + self.name + ')'
class C:
    b = Named()
    a = Named()
    def method(self): pass
    c = Named()
print('values', C.a, C().b, C.c)
late = Named()
C.late = late
print('late has name', hasattr(late, 'name'))
late.__set_name__(C, 'late')
print('manual', C.late)
D = type('D', (), {'x': Named()})
print('type() calls it', D.x)
class Shared:
    calls = []
    def __set_name__(self, owner, name):
        Shared.calls.append(name)
s = Shared()
class E:
    one = s
    two = s
print('shared', Shared.calls)
class Bad:
    def __set_name__(self, owner, name):
        raise ZeroDivisionError('bad ' + name)
try:
    class F:
        boom = Bad()
except Exception as e:
    print('error', type(e).__name__ + ': ' + str(e))
    print('cause', type(e.__cause__).__name__, getattr(e, '__notes__', None))
class NotCallable:
    __set_name__ = 3
try:
    class G:
        nc = NotCallable()
except Exception as e:
    print('not callable', type(e).__name__ + ': ' + str(e))
class OnClass:
    def __set_name__(self, owner, name):
        print('instance only', name)
class H:
    klass = OnClass
    inst = OnClass()
class Mutating:
    def __set_name__(self, owner, name):
        setattr(owner, name + '_extra', 1)
class J:
    m = Mutating()
print('added', J.m_extra)
