# Exception subclasses: args, __str__, __repr__, attributes, slots, hierarchy.
class AppError(Exception):
    pass
class CodeError(AppError):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return '[%d] %s' % (self.code, self.args[0])
def show(e):
    print(type(e).__name__ + ': ' + str(e), '|', repr(e), '|', e.args)
show(AppError())
show(AppError('one'))
show(AppError('a', 2))
show(CodeError(404, 'not found'))
try:
    raise CodeError(500, 'boom')
except AppError as e:
    print('caught as base', e.code, isinstance(e, Exception), type(e).__mro__[2:4])
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
show(NoSuper(5))
class Kw(Exception):
    def __init__(self, *, why):
        super().__init__(why)
show(Kw(why='because'))
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('Exception kw', lambda: Exception(x=1))
attempt('ValueError kw', lambda: ValueError('a', b=1))
class SlotErr(Exception):
    __slots__ = ('detail',)
se = SlotErr('msg'); se.detail = 'd'
print('slots exc', se.detail, hasattr(se, '__dict__'), se.args)
class Base(Exception):
    __slots__ = ()
attempt('exc slots', lambda: setattr(Base(), 'x', 1))
class MyKey(KeyError): pass
show(MyKey('k'))
show(KeyError('k'))
show(KeyError())
class MyOS(OSError): pass
e = MyOS(2, 'No such file')
print('oserror', e.errno, e.strerror, str(e), type(OSError(2, 'x')).__name__)
show(UnicodeError('u'))
class Attrs(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.a, self.b = a, b
show(Attrs(1, 2))
ex = Attrs(1, 2)
ex.args = ('changed',)
show(ex)
attempt('args not tuple', lambda: setattr(ex, 'args', 5) or ex.args)
attempt('args iterable', lambda: setattr(ex, 'args', [1, 2]) or ex.args)
print('with_traceback', ex.with_traceback(None) is ex)
print('notes', hasattr(ex, 'add_note'))
class StopIt(StopIteration): pass
show(StopIt(3))
print('value', StopIt(3).value, StopIteration().value)
print('SystemExit', SystemExit(2).code, SystemExit().code)
attempt('BaseException subclass not Exception', lambda: issubclass(KeyboardInterrupt, Exception))
class Weird(Exception):
    def __repr__(self):
        return 'Weird!'
show(Weird('x'))
attempt('raise non-exception', lambda: exec('raise 5'))
attempt('raise class non-exception', lambda: exec('raise int'))
class BadInit(Exception):
    def __new__(cls, *a):
        return 5
attempt('raise bad new', lambda: exec('raise BadInit'))
