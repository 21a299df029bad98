# versions: 3.8 3.11 3.12
import sys
import operator
from operator import itemgetter, attrgetter, methodcaller


def attempt(label, fn):
    try:
        print(label, '->', fn())
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)


print(operator.add(1, 2), operator.sub(5, 3), operator.mul('a', 3), operator.truediv(7, 2),
      operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(3),
      operator.pos(-3), operator.abs(-4), operator.inv(5), operator.invert(0))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1), operator.ne(1, 1),
      operator.ge(1, 2), operator.gt(3, 2), operator.not_(0), operator.truth([]),
      operator.is_(None, None), operator.is_not(1, None))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 4),
      operator.rshift(16, 2), operator.concat([1], [2]), operator.contains([1, 2], 2),
      operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'))
d = {}
operator.setitem(d, 'k', 1)
print(operator.getitem(d, 'k'), d)
operator.delitem(d, 'k')
print(d, operator.index(5), operator.length_hint([1, 2]), operator.length_hint(iter([1]), 7))
attempt('index', lambda: operator.index(1.5))
attempt('indexOf', lambda: operator.indexOf([1], 2))
attempt('concat', lambda: operator.concat(1, 2))
l = [1]
print(operator.iadd(l, [2]) is l, l, operator.iadd(1, 2), operator.imul('ab', 2))
g = itemgetter(1)
g2 = itemgetter(0, 2)
print(g('abc'), g2('abc'), repr(g), repr(g2), repr(itemgetter('k')))


class P:
    def __init__(self):
        self.x = 1
        self.child = self if False else type('Q', (), {'y': 2})()

    def greet(self, name, punct='!'):
        return 'hi ' + name + punct


a = attrgetter('x')
a2 = attrgetter('x', 'child.y')
print(a(P()), a2(P()), repr(a), repr(a2))
attempt('attrgetter(1)', lambda: attrgetter(1))
m = methodcaller('greet', 'bob', punct='?')
print(m(P()), repr(m), repr(methodcaller('upper')))
attempt('methodcaller(1)', lambda: methodcaller(1))
print(sorted([(1, 'b'), (0, 'a'), (1, 'a')], key=itemgetter(1, 0)))
print(operator.__add__ is operator.add, operator.__not__(1), operator.matmul.__name__)
if sys.version_info >= (3, 11):
    print(operator.call(max, 1, 5))
