# Setting an unknown attribute on slotted instances: 3.13 adds "and no __dict__ for setting new attributes".
import traceback
class P:
    __slots__ = ('x', 'y', 'value')
class Child(P):
    __slots__ = ('z',)
class Frozen:
    __slots__ = ()
def attempt(label, f):
    try:
        f()
        print(label, 'no error')
    except AttributeError as e:
        print(label, 'AttributeError: ' + str(e))
        print('  name', repr(getattr(e, 'name', 'n/a')), 'obj', type(getattr(e, 'obj', None)).__name__)
        print('  exc-only', traceback.format_exception_only(type(e), e)[-1].rstrip())
def set_(o, n):
    setattr(o, n, 1)
attempt('P.z', lambda: set_(P(), 'z'))
attempt('P.valeu (typo)', lambda: set_(P(), 'valeu'))
attempt('P.X (case)', lambda: set_(P(), 'X'))
attempt('Child.w', lambda: set_(Child(), 'w'))
attempt('Frozen.a', lambda: set_(Frozen(), 'a'))
attempt('object.a', lambda: set_(object(), 'a'))
attempt('int.a', lambda: set_(5, 'a'))
attempt('read typo', lambda: P().valeu)
attempt('read missing', lambda: P().nothing_like_it)
p = P(); p.value = 1
attempt('read set typo', lambda: p.valu)
attempt('del typo', lambda: delattr(p, 'valu'))
