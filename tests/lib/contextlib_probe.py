# versions: 3.8 3.11 3.12
import sys
import contextlib
from contextlib import contextmanager, suppress, closing, nullcontext, redirect_stdout, ExitStack

log = []


@contextmanager
def tag(name):
    log.append('enter ' + name)
    try:
        yield name.upper()
    except KeyError as e:
        log.append('caught ' + repr(e))
    finally:
        log.append('exit ' + name)


with tag('a') as t:
    log.append('body ' + t)
with tag('b'):
    raise KeyError('k')
try:
    with tag('c'):
        raise ValueError('v')
except ValueError as e:
    log.append('outer ' + repr(e))
print(log)


@tag('deco')
def f():
    return 'f ran'


log.clear()
print(f(), log)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

with suppress(KeyError, IndexError):
    [][1]
print('suppressed')
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print('not suppressed')


class Res:
    def close(self):
        print('closed')


with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as v:
    print(v)


class Catcher:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


c = Catcher()
with redirect_stdout(c):
    print('hidden', 1)
print(c.parts)

with ExitStack() as stack:
    stack.callback(print, 'callback 1')
    x = stack.enter_context(tag('stacked'))
    stack.callback(print, 'callback 2')
    print('inside', x)
print(log[-2:])
with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise ValueError('swallowed')
print('after swallow')
stack = ExitStack()
stack.callback(print, 'later')
moved = stack.pop_all()
stack.close()
moved.close()
try:
    with ExitStack() as s:
        s.enter_context(object())
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
