# version: 3.6
# __setattr__ and __delattr__ hooks; object.__setattr__; builtin types refuse.
class Guarded:
    def __init__(self):
        object.__setattr__(self, 'log', [])
    def __setattr__(self, name, value):
        self.log.append(('set', name))
        if name == 'frozen':
            raise AttributeError('frozen is read-only')
        super().__setattr__(name, value)
    def __delattr__(self, name):
        self.log.append(('del', name))
        super().__delattr__(name)
g = Guarded()
g.a = 1
setattr(g, 'b', 2)
try:
    g.frozen = 3
except AttributeError as e:
    print('AttributeError: ' + str(e))
del g.a
delattr(g, 'b')
try:
    del g.zz
except AttributeError as e:
    print('AttributeError: ' + str(e))
print('log', g.log)
print('dict', g.__dict__)
g.__dict__['direct'] = 1
print('direct bypass', g.direct, g.log[-1])
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('object()', lambda: setattr(object(), 'x', 1))
attempt('int', lambda: setattr(1, 'x', 1))
attempt('int existing', lambda: setattr(1, 'real', 2))
attempt('list', lambda: setattr([], 'append', 1))
attempt('str del', lambda: delattr('s', 'upper'))
attempt('function ok', lambda: setattr(attempt, 'tag', 1))
attempt('setattr non-str', lambda: setattr(g, 1, 2))
attempt('delattr non-str', lambda: delattr(g, 1))
attempt('object.__setattr__ on int', lambda: object.__setattr__(1, 'x', 1))
attempt('object.__setattr__ on type', lambda: object.__setattr__(int, 'x', 1))
attempt('object.__setattr__ on class', lambda: object.__setattr__(Guarded, 'x', 1))
attempt('type.__setattr__', lambda: type.__setattr__(Guarded, 'y', 2) or Guarded.y)
attempt('type.__setattr__ builtin', lambda: type.__setattr__(int, 'y', 2))
attempt('object.__delattr__ missing', lambda: object.__delattr__(g, 'nothing'))
class Rec:
    def __setattr__(self, name, value):
        self.__dict__[name] = value * 10
r = Rec(); r.v = 2
print('through dict', r.v)
class Counter:
    __slots__ = ('n',)
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value + 1)
c = Counter(); c.n = 1
print('slots setattr', c.n)
attempt('slots setattr missing', lambda: setattr(c, 'm', 1))
class NoDel:
    def __delattr__(self, name):
        raise TypeError('no deleting ' + name)
n = NoDel(); n.x = 1
attempt('nodel', lambda: delattr(n, 'x'))
print('still', n.x)
