# version: 3.7
# sys.argv, sys.stdout/stderr write, sys.intern, sys.modules, flags.
import sys
print('argv', [a.rsplit('/', 1)[-1] for a in sys.argv], type(sys.argv).__name__)
n = sys.stdout.write('written directly\n')
print('write returns', n)
print('stdout attrs', hasattr(sys.stdout, 'flush'), sys.stdout.flush())
print('stderr write returns', sys.stderr.write('to stderr\n'))
print('to file=', file=sys.stdout)
print('to stderr', file=sys.stderr)
print('print returns', print('x', end='|\n'))
s1 = ''.join(['inter', 'ned_name'])
s2 = ''.join(['inter', 'ned_name'])
print('intern', s1 is s2, sys.intern(s1) is sys.intern(s2), sys.intern(s1) == s1)
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('intern int', lambda: sys.intern(1))
class S(str): pass
attempt('intern subclass', lambda: sys.intern(S('a')))
attempt('write int', lambda: sys.stdout.write(5))
attempt('write bytes', lambda: sys.stdout.write(b'x'))
print('modules', 'sys' in sys.modules, sys.modules['sys'] is sys, '__main__' in sys.modules)
print('main module', sys.modules['__main__'].__name__)
print('stdout name', sys.stdout.name if hasattr(sys.stdout, 'name') else '?', sys.stderr.name if hasattr(sys.stderr, 'name') else '?')
print('encoding', sys.stdout.encoding)
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
buf = Capture()
old = sys.stdout
sys.stdout = buf
print('captured', 1, sep='-')
sys.stdout = old
print('capture', buf.parts)
print('__stdout__', sys.__stdout__ is old)
print('exc_info', sys.exc_info())
try:
    raise KeyError('k')
except KeyError:
    print('exc_info in handler', sys.exc_info()[0].__name__)
print('getdefaultencoding', sys.getdefaultencoding())
try:
    sys.exit(3)
except SystemExit as e:
    print('SystemExit', e.code, isinstance(e, Exception))
