# version: 3.9
# gc.collect() frees unreachable cycles and runs each __del__ exactly once.
import gc
gc.collect()
class Node:
    instances = 0
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __del__(self):
        print('__del__', self.name)
a, b = Node('a'), Node('b')
a.peer, b.peer = b, a
del a, b
print('collect frees cycle', gc.collect() > 0)
print('nothing left', gc.collect())
s = Node('self'); s.peer = s
del s
gc.collect()
print('self cycle done')
class Saver:
    saved = None
    def __del__(self):
        print('resurrect once')
        Saver.saved = self
x = Saver(); x.me = x
del x
gc.collect()
print('resurrected', type(Saver.saved).__name__)
Saver.saved = None
gc.collect()
print('no second __del__')
gc.disable()
print('isenabled', gc.isenabled())
for i in range(3):
    n = Node('loop%d' % i); n.peer = n
del n
print('disabled: nothing freed automatically')
gc.collect()
gc.enable()
print('isenabled', gc.isenabled())
l = []
l.append(l)
del l
print('list cycle collected', gc.collect() >= 1)
d = {}
d['self'] = d
del d
print('dict cycle collected', gc.collect() >= 1)
class Holder:
    pass
h = Holder(); h.h = h
del h
print('instance cycle collected', gc.collect() >= 1)
print('collect generation', gc.collect(0) >= 0, gc.collect(1) >= 0, gc.collect(2) >= 0)
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('bad generation', lambda: gc.collect(3))
attempt('negative generation', lambda: gc.collect(-1))
attempt('generation str', lambda: gc.collect('x'))
print('garbage', gc.garbage)
print('threshold type', type(gc.get_threshold()).__name__, len(gc.get_threshold()))
print('get_count type', type(gc.get_count()).__name__, len(gc.get_count()))
