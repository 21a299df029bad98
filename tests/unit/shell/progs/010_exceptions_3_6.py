# version: 3.6
# Exception objects: args, str/repr, attributes, subclassing, chaining, notes.
class MyError(ValueError):
    pass
class WithInit(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
e = MyError('bad value', 3)
print(repr(e), str(e), e.args, isinstance(e, ValueError), MyError.__mro__)
w = WithInit(404, 'not found')
print(repr(w), str(w), w.code, w.args)
print(repr(KeyError('k')), str(KeyError('k')), str(KeyError()), str(IndexError('i')))
try:
    {}['missing']
except KeyError as k:
    print('KeyError', k, repr(k), k.args)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError('converted') from z
except ValueError as v:
    print(repr(v.__cause__), v.__suppress_context__, repr(v.__context__))
try:
    try:
        [][1]
    except IndexError:
        raise KeyError('during')
except KeyError as k:
    print(repr(k.__context__), k.__cause__, k.__suppress_context__)
e = ValueError('with notes')
s = StopIteration(7)
print(s.value, SystemExit(2).code, SystemExit().code)
print(ImportError('m', name='mod', path='/p').name, ModuleNotFoundError('x').name)
se = SyntaxError('invalid syntax', ('prog.py', 4, 2, 'x y\n', 4, 3))
print(str(se), se.lineno, se.offset, repr(se.text), se.end_offset)
print(AttributeError('a', name='n', obj=5).obj, NameError('x', name='x').name)
e = Exception()
e.extra = 'dynamic'
print(e.__dict__, e.args, repr(e), '[' + str(e) + ']')
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
print(Exception.__doc__, BaseException.__doc__)
try:
    raise MyError
except MyError as m:
    print('raised class:', repr(m))
try:
    raise 5
except TypeError as t:
    print(t)
def gen():
    yield 1
    return 'done'
g = gen()
next(g)
try:
    next(g)
except StopIteration as st:
    print('StopIteration value', st.value)
e = OSError(2, 'No such file or directory', 'f.txt')
print(e, e.errno, e.strerror, e.filename, e.args)
print(str(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')))
