# version: 3.6
# __enter__/__exit__: return values, exception arguments, suppression, errors.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM('a') as v:
    print('body', v)
with CM('b', True):
    raise ValueError('swallowed')
print('after suppress')
try:
    with CM('c'):
        raise KeyError('k')
except KeyError as e:
    print('propagated', repr(e))
with CM('x') as x, CM('y') as y:
    print('nested', x, y)
def f():
    with CM('ret'):
        return 'returned'
print(f())
for i in range(2):
    with CM('loop%d' % i):
        if i == 0:
            continue
        break
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
class NoEnter:
    def __exit__(self, *a): pass
class NoExit:
    def __enter__(self): return self
class Neither: pass
def use(cm):
    with cm:
        return 'inside'
attempt('no enter', lambda: use(NoEnter()))
attempt('no exit', lambda: use(NoExit()))
attempt('neither', lambda: use(Neither()))
attempt('int', lambda: use(5))
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError('from exit')
def raising():
    with ExitRaises():
        raise ValueError('inner')
try:
    raising()
except RuntimeError as e:
    print('exit raised', e, 'context', repr(e.__context__))
class EnterRaises:
    def __enter__(self): raise OSError('enter failed')
    def __exit__(self, *a):
        print('exit not called')
attempt('enter raises', lambda: use(EnterRaises()))
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return 'yes'
with Truthy():
    raise IndexError
print('truthy suppresses')
class InstanceAttrs:
    pass
ia = InstanceAttrs()
ia.__enter__ = lambda: None
ia.__exit__ = lambda *a: None
attempt('instance attrs ignored', lambda: use(ia))
import contextlib
@contextlib.contextmanager
def managed(tag):
    print('setup', tag)
    try:
        yield tag * 2
    finally:
        print('teardown', tag)
with managed('m') as mm:
    print('got', mm)
with contextlib.suppress(ZeroDivisionError):
    1 / 0
print('suppress ok')
