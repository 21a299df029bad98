# Custom exception classes: hierarchy, args, __str__, extra attributes.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what):
        super().__init__('not found: ' + what)
        self.what = what
class Detailed(AppError):
    def __str__(self):
        return 'detailed(%s)' % ', '.join(map(str, self.args))
try:
    raise NotFound('page')
except AppError as e:
    print(type(e).__name__, e, e.args, e.what, isinstance(e, Exception))
try:
    raise Detailed(1, 2)
except Detailed as e:
    print(e, repr(e), e.args)
for args in [(), ('one',), ('a', 2)]:
    e = AppError(*args)
    print(repr(str(e)), repr(e), e.args)
print(issubclass(NotFound, AppError), NotFound.__mro__[1:3], AppError.__bases__)
print(KeyError('k'), str(KeyError('k')), str(KeyError()), repr(KeyError(1, 2)), str(KeyError(1, 2)))
print(str(OSError(2, 'No such file')), ValueError('x') == ValueError('x'))
print([c.__name__ for c in ZeroDivisionError.__mro__])
print(issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception), issubclass(RecursionError, RuntimeError))
