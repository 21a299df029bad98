class I(int):
    def __repr__(self):
        return 'I!'
    __str__ = int.__repr__
x = I(5)
print(int.__repr__(x), str(x), format(x, ''), '%s' % x, f'{x}', repr(x))
class J(int):
    __repr__ = object.__repr__
    __hash__ = object.__hash__
j = J(3)
print(repr(j)[:10], hash(j) == object.__hash__(j))
class L(list):
    __str__ = list.__repr__
    def __repr__(self): return 'L!'
print(str(L([1])), repr(L([1])))
class Bad(int):
    __str__ = list.__repr__
try: str(Bad(1))
except TypeError as e: print(type(e).__name__)
class A(int):
    __add__ = int.__mul__
    __radd__ = int.__sub__
print(A(3) + 4, 4 + A(3), A(3) + A(5))
class F(float):
    __repr__ = float.__str__
    __str__ = float.__repr__
print(F(1.5))
try: repr(F(2.5))
except RecursionError as e: print(type(e).__name__)
