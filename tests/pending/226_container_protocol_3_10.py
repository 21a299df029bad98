# version: 3.10
# __getitem__/__setitem__/__delitem__ with ints, slices and tuples; __contains__; __missing__.
class Box:
    def __init__(self):
        self.log = []
    def __getitem__(self, k):
        self.log.append(('get', k))
        return k
    def __setitem__(self, k, v):
        self.log.append(('set', k, v))
    def __delitem__(self, k):
        self.log.append(('del', k))
b = Box()
b[1]; b[1:2]; b[::2]; b[1, 2]; b[...]; b['k']; b[1:2, 3]
b[0] = 'x'; b[1:3] = [1]
del b[5]; del b[:]
for entry in b.log:
    print(entry)
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
class ReadOnly:
    def __getitem__(self, k): return k
ro = ReadOnly()
def setit(o, k, v):
    o[k] = v
def delit(o, k):
    del o[k]
attempt('no setitem', lambda: setit(ro, 1, 2))
attempt('no delitem', lambda: delit(ro, 1))
attempt('no getitem', lambda: object()[0])
five = 5
attempt('int subscript', lambda: five[0])
one_set = {1}
attempt('set subscript', lambda: one_set[0])
attempt('type subscript', lambda: ReadOnly[0])
class Cont:
    def __contains__(self, x):
        print('__contains__', x)
        return x == 1
print('contains', 1 in Cont(), 2 not in Cont())
class ContTruthy:
    def __contains__(self, x): return 'yes'
print('contains coerces', 1 in ContTruthy())
class ViaIter:
    def __iter__(self): return iter([1, 2, 3])
print('in via iter', 2 in ViaIter(), 9 in ViaIter())
attempt('in non-container', lambda: 1 in object())
attempt('in int', lambda: 1 in 5)
class D(dict):
    def __missing__(self, k):
        return 'missing ' + repr(k)
d = D(a=1)
print('missing', d['a'], d['b'], d.get('b'), 'b' in d)
class ClassGetitem:
    def __class_getitem__(cls, item):
        return ('cgi', cls.__name__, item)
print('class_getitem', ClassGetitem[int], ClassGetitem['x', 1])
attempt('list[int]', lambda: (list[int], dict[str, int]))
class Neg:
    def __len__(self): return 3
    def __getitem__(self, i): return i
print('negative index not adjusted', Neg()[-1])
class IndexObj:
    def __index__(self): return 1
print('list index __index__', [10, 20][IndexObj()], 'abc'[IndexObj()])
one_list, one_tuple, one_str = [1], (1,), 'a'
attempt('list index float', lambda: one_list[1.0])
attempt('list index str', lambda: one_list['a'])
attempt('tuple index obj', lambda: one_tuple[object()])
attempt('str index none', lambda: one_str[None])
print('slice with __index__', [0, 1, 2, 3][IndexObj():])
attempt('slice with obj', lambda: [1][object():])
