# C3 linearisation: __mro__, mro(), diamonds, and the inconsistent-order error.
def names(cls):
    return [c.__name__ for c in cls.__mro__]
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print('Z', names(Z))
print('K1', names(K1), names(K2), names(K3))
print('mro()', [c.__name__ for c in Z.mro()])
print('mro is list', type(Z.mro()).__name__, type(Z.__mro__).__name__)
class Top: pass
class L(Top): pass
class R(Top): pass
class Bottom(L, R): pass
print('diamond', names(Bottom))
print('object mro', object.__mro__)
print('int mro', [c.__name__ for c in bool.__mro__])
def bad(bases):
    try:
        cls = type('Bad', bases, {})
        print('made', names(cls))
    except TypeError as e:
        print('TypeError: ' + str(e))
class X(object): pass
class Y(object): pass
class XY(X, Y): pass
class YX(Y, X): pass
bad((XY, YX))
bad((object, X))
bad((X, X))
bad((X, XY))
bad((XY, X))
try:
    class Q(A, O, B): pass
except TypeError as e:
    print('class stmt: TypeError: ' + str(e))
class Meta(type):
    def mro(cls):
        return [cls, object]
class Custom(A, B, metaclass=Meta): pass
print('custom mro', names(Custom))
print('custom bases', [b.__name__ for b in Custom.__bases__])
print('isinstance via bases', issubclass(Custom, A), isinstance(Custom(), A))
class Meta2(type):
    def mro(cls):
        return 42
try:
    class W(metaclass=Meta2): pass
except TypeError as e:
    print('TypeError: ' + str(e))
print('lookup order', Z.__mro__.index(B) > Z.__mro__.index(K3))
