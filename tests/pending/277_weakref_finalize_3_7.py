# version: 3.7
# weakref.finalize: runs once when the object dies, alive/detach/peek, atexit.
import weakref, gc
class Resource:
    def __init__(self, name):
        self.name = name
def cleanup(name, *rest, **kw):
    print('cleanup', name, rest, sorted(kw.items()))
    return 'result of ' + name
r = Resource('r1')
f = weakref.finalize(r, cleanup, 'r1', 1, key='v')
print('alive', f.alive, f.atexit)
obj, func, args, kwargs = f.peek()
print('peek', obj is r, func is cleanup, args, kwargs)
del obj
del r
print('after del alive', f.alive, f.peek())
print('second call', f())
r2 = Resource('r2')
f2 = weakref.finalize(r2, cleanup, 'r2')
print('explicit call', f2())
print('alive after call', f2.alive, f2())
del r2
print('no second run')
r3 = Resource('r3')
f3 = weakref.finalize(r3, cleanup, 'r3')
det = f3.detach()
print('detached', det[0] is r3, det[1] is cleanup, f3.alive, f3.detach())
del r3
print('detached never runs')
r4 = Resource('r4')
r4.self = r4
f4 = weakref.finalize(r4, cleanup, 'r4 cycle')
del r4
print('cycle pending', f4.alive)
gc.collect()
print('cycle collected', f4.alive)
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('finalize int', lambda: weakref.finalize(1, cleanup, 'x'))
attempt('finalize no func', lambda: weakref.finalize(Resource('x')))
r5 = Resource('r5')
f5 = weakref.finalize(r5, cleanup, 'r5 at exit')
f6 = weakref.finalize(r5, cleanup, 'r5 no atexit')
f6.atexit = False
print('end of program')
