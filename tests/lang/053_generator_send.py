# send(), throw() and close() on generators.
def echo():
    received = None
    while True:
        received = yield 'echo: %r' % (received,)
        if received == 'stop':
            return 'stopped'
g = echo()
print(next(g))
print(g.send(1))
print(g.send('hi'))
try:
    g.send('stop')
except StopIteration as e:
    print('finished with', e.value)
def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
a = averager(); next(a)
print(a.send(10), a.send(20), a.send(60))
def catcher():
    while True:
        try:
            yield 'waiting'
        except ValueError as e:
            print('caught', e)
c = catcher(); next(c)
print(c.throw(ValueError('boom')))
def cleanup():
    try:
        yield 1
    finally:
        print('cleanup ran')
g = cleanup(); next(g); g.close()
try:
    echo().send('x')
except TypeError as e:
    print('TypeError:', e)
