# version: 3.10
# __getattribute__ intercepts every lookup; AttributeError from it falls back to __getattr__.
class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith('__'):
            print('get', name)
        return object.__getattribute__(self, name)
l = Logged()
print('x', l.x)
print('method', l.__init__ is not None)
print('getattr()', getattr(l, 'x'))
print('hasattr', hasattr(l, 'nope'))
class Fallback:
    def __getattribute__(self, name):
        if name == 'hidden':
            raise AttributeError('hidden is hidden')
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback ' + name
f = Fallback()
print('hidden', f.hidden)
print('missing', f.missing)
class Boom:
    def __getattribute__(self, name):
        raise KeyError(name)
    def __getattr__(self, name):
        return 'never'
try:
    Boom().anything
except KeyError as e:
    print('KeyError', e)
print('type still works', type(Boom()).__name__)
class Special:
    def __getattribute__(self, name):
        print('intercepted', name)
        return object.__getattribute__(self, name)
    def __len__(self):
        return 3
s = Special()
print('len bypasses', len(s))
print('explicit', s.__len__())
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_t', target)
    def __getattribute__(self, name):
        t = object.__getattribute__(self, '_t')
        return getattr(t, name)
p = Proxy([1, 2])
p.append(3)
print('proxied', p.count(3), object.__getattribute__(p, '_t'))
print('proxied class', p.__class__.__name__, type(p).__name__, isinstance(p, list))
try:
    object.__getattribute__(p, 'nothing')
except AttributeError as e:
    print('AttributeError: ' + str(e))
try:
    object.__getattribute__(p, 5)
except TypeError as e:
    print('TypeError: ' + str(e))
try:
    getattr(p, 5)
except TypeError as e:
    print('TypeError: ' + str(e))
class Sup:
    def __getattribute__(self, name):
        return 'sup:' + name
class Sub(Sup):
    def __getattribute__(self, name):
        return 'sub>' + super().__getattribute__(name)
print('chain', Sub().foo)
