# versions: 3.8 3.11 3.12 3.13
import copy


class Plain:
    def __init__(self):
        self.items = [1, [2, 3]]
        self.name = 'p'


class Slotted:
    __slots__ = ('a', 'b', '__x')

    def __init__(self):
        self.a = [1]
        self.__x = 'private'


class SubSlotted(Slotted):
    __slots__ = ('c',)


class Both(Slotted):
    pass


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        return Custom('copied ' + str(self.v))

    def __deepcopy__(self, memo):
        return Custom('deep ' + str(self.v))


class State:
    def __init__(self):
        self.x = 1

    def __getstate__(self):
        return {'x': self.x * 10}

    def __setstate__(self, st):
        self.x = st['x'] + 1


class NewArgs(int):
    def __new__(cls, v, tag):
        o = int.__new__(cls, v)
        o.tag = tag
        return o

    def __getnewargs__(self):
        return (int(self), self.tag)


class MyList(list):
    pass


class MyDict(dict):
    pass


class Reduce:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Reduce, (self.v + 1,))


p = Plain()
c = copy.copy(p)
d = copy.deepcopy(p)
print(c.items is p.items, d.items is p.items, d.items[1] is p.items[1], d.items, d.name)
s = Slotted()
s2 = copy.copy(s)
print(s2.a is s.a, s2._Slotted__x, hasattr(s2, 'b'))
ss = SubSlotted()
ss.c = {'k': [1]}
ss3 = copy.deepcopy(ss)
print(ss3.c, ss3.c is ss.c, ss3.a, ss3.a is ss.a)
b = Both()
b.extra = 5
print(copy.copy(b).extra, copy.deepcopy(b).a)
print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(2)).v)
print(copy.copy(State()).x, copy.deepcopy(State()).x)
n = copy.deepcopy(NewArgs(5, 't'))
print(n, n.tag, type(n).__name__)
ml = MyList([1, [2]])
ml.attr = 'a'
ml2 = copy.deepcopy(ml)
print(ml2, type(ml2).__name__, ml2.attr, ml2[1] is ml[1], copy.copy(ml)[1] is ml[1])
md = MyDict(a=[1])
print(copy.deepcopy(md), type(copy.copy(md)).__name__)
print(copy.copy(Reduce(1)).v, copy.deepcopy(Reduce(1)).v)
t = (1, 2, [3])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
lst = [1]
lst.append(lst)
lst2 = copy.deepcopy(lst)
print(lst2[1] is lst2, lst2 is not lst)
shared = [0]
pair = [shared, shared]
pair2 = copy.deepcopy(pair)
print(pair2[0] is pair2[1], pair2[0] is not shared)
print(copy.copy({1: 2}), copy.copy({1, 2}) == {1, 2}, copy.deepcopy(frozenset([1])) == frozenset([1]))
print(copy.copy(int) is int, copy.deepcopy(len) is len, copy.deepcopy('s'))
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(id(x) in memo, y[0] is y[1])
print(copy.Error.__name__, copy.error is copy.Error)


class Meth:
    def m(self):
        return self


mm = Meth().m
print(copy.deepcopy(mm)() is not mm.__self__)
