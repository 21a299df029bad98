# Instance errors on a slotted class, as 2.7 and each 3.x word them.
from __future__ import print_function
import weakref
class Vector(object):
    __slots__ = ('dx', 'dy', 'dz')
    def __init__(self, dx, dy):
        self.dx = dx
        self.dy = dy
def show(label, exc):
    print('%s: %s: %s' % (label, type(exc).__name__, exc))
v = Vector(1, 2)
for label, action in [('set dw', lambda: setattr(v, 'dw', 0)), ('read dz', lambda: v.dz),
                      ('del dz', lambda: delattr(v, 'dz')), ('read missing', lambda: v.magnitude),
                      ('del missing', lambda: delattr(v, 'magnitude'))]:
    try:
        action()
        print(label, 'ok')
    except AttributeError as e:
        show(label, e)
del v.dy
try:
    v.dy
except AttributeError as e:
    show('read deleted dy', e)
for label, action in [('weakref', lambda: weakref.ref(v)), ('vars', lambda: vars(v)), ('hash ok', lambda: hash(v) is not None)]:
    try:
        print(label, action())
    except TypeError as e:
        show(label, e)
try:
    v.__dict__
except AttributeError as e:
    show('__dict__', e)
print('hasattr dy: %s, getattr default: %s' % (hasattr(v, 'dy'), getattr(v, 'dy', 'gone')))
