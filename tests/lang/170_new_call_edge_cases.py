# A C type's __new__ assigned in a class body, and an instance used as its class's __call__:
# both must behave as CPython (plain instances; RecursionError), never crash the interpreter.
class L(list):
    pass


print(type(L([1, 2])).__name__, L([1, 2]))


class T(tuple):
    __new__ = tuple.__new__


print(T((1, 2)))


class C:
    __new__ = list.__new__


c = C()
print(type(c).__name__, isinstance(c, list))
print(list.__new__(L), type(list.__new__(L)).__name__)
try:
    list.__new__(C)
except TypeError as e:
    print('TypeError:', e)


class A:
    pass


A.__call__ = A()
try:
    A()()
except RecursionError:
    print('RecursionError')
