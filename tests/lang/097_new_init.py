# __new__ and __init__: order, singletons, immutable subclasses.
class Traced:
    def __new__(cls, *args):
        print('__new__', cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, v):
        print('__init__', v)
        self.v = v
t = Traced(5)
print(t.v)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper('abc')
print(u, type(u).__name__, isinstance(u, str), u + 'd', len(u))
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(-5) + 1, type(Pos(3) + 1).__name__)
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never called')
print(NotMine())
class L(list):
    def first(self):
        return self[0]
l = L([3, 4]); l.append(5)
print(l, l.first(), type(l).__name__, len(l))
class D(dict):
    def __missing__(self, key):
        return 'missing ' + str(key)
print(D(a=1)['a'], D()['zz'])
