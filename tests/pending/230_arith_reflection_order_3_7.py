# version: 3.7
# Reflected operations: NotImplemented handling and subclass-first dispatch.
log = []
class A:
    def __init__(self, tag): self.tag = tag
    def __repr__(self): return 'A(%s)' % self.tag
    def __add__(self, o):
        log.append('%s.__add__' % self.tag)
        return NotImplemented
    def __radd__(self, o):
        log.append('%s.__radd__' % self.tag)
        return NotImplemented
class B(A):
    def __radd__(self, o):
        log.append('B.__radd__')
        return 'B wins'
def attempt(label, f):
    del log[:]
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(label, r, log)
attempt('A+A', lambda: A('a1') + A('a2'))
attempt('A+B', lambda: A('a') + B('b'))
attempt('B+A', lambda: B('b') + A('a'))
attempt('A+1', lambda: A('a') + 1)
attempt('1+A', lambda: 1 + A('a'))
class Same:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o):
        log.append('Same.__radd__')
        return 'radd'
attempt('same type no radd', lambda: Same() + Same())
attempt('int + Same', lambda: 1 + Same())
class IntSub(int):
    def __radd__(self, o):
        return 'IntSub radd'
    def __add__(self, o):
        return 'IntSub add'
attempt('int + IntSub', lambda: 1 + IntSub(2))
attempt('IntSub + int', lambda: IntSub(2) + 1)
class FloatSub(float):
    def __rmul__(self, o): return 'FloatSub rmul'
attempt('float * FloatSub', lambda: 2.0 * FloatSub(1))
attempt('int * FloatSub', lambda: 2 * FloatSub(1))
class StrSub(str):
    def __radd__(self, o): return 'StrSub radd'
attempt('str + StrSub', lambda: 'a' + StrSub('b'))
class ListSub(list):
    def __radd__(self, o): return 'ListSub radd'
attempt('list + ListSub', lambda: [1] + ListSub([2]))
attempt('list * obj', lambda: [1] * A('a'))
attempt('str % obj', lambda: 'x%s' % A('a'))
class Mod:
    def __rmod__(self, o): return 'rmod'
attempt('str % Mod', lambda: 'abc' % Mod())
class RPow:
    def __rpow__(self, o): return 'rpow %r' % (o,)
attempt('2 ** RPow', lambda: 2 ** RPow())
attempt('pow(2, RPow, 3)', lambda: pow(2, RPow(), 3))
class Cmp:
    def __eq__(self, o):
        log.append('Cmp.__eq__')
        return NotImplemented
class CmpSub(Cmp):
    def __eq__(self, o):
        log.append('CmpSub.__eq__')
        return NotImplemented
attempt('eq order', lambda: Cmp() == CmpSub())
attempt('ne order', lambda: Cmp() != CmpSub())
attempt('unsupported msg 3-types', lambda: A('a') - 'x')
attempt('rshift int', lambda: 1 >> 'x')
attempt('print chevron', lambda: print >> 1)
