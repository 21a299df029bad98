# __getattr__ runs only for missing attributes.
class Lazy:
    def __init__(self):
        self.real = 'real'
    def __getattr__(self, name):
        if name.startswith('computed_'):
            value = name[9:].upper()
            setattr(self, name, value)
            return value
        raise AttributeError(f'{type(self).__name__!r} has no {name!r}')
z = Lazy()
print('real', z.real)
print('computed', z.computed_abc, 'computed_abc' in z.__dict__)
try:
    z.other
except AttributeError as e:
    print('AttributeError: ' + str(e))
print('hasattr', hasattr(z, 'other'), hasattr(z, 'computed_q'))
print('getattr default', getattr(z, 'other', 'dflt'))
class Wrong:
    def __getattr__(self, name):
        raise ValueError('wrong ' + name)
try:
    hasattr(Wrong(), 'x')
except ValueError as e:
    print('hasattr propagates', e)
print('getattr default propagates?', end=' ')
try:
    print(getattr(Wrong(), 'x', 'dflt'))
except ValueError as e:
    print('ValueError', e)
class PropRaises:
    @property
    def p(self):
        raise AttributeError('inside property')
    def __getattr__(self, name):
        return 'getattr caught ' + name
print('property AttributeError', PropRaises().p)
class Delegate:
    def __init__(self, inner):
        self._inner = inner
    def __getattr__(self, name):
        return getattr(self._inner, name)
d = Delegate('text')
print('delegate', d.upper(), d.startswith('t'))
try:
    d.nothing
except AttributeError as e:
    print('AttributeError: ' + str(e))
class Recur:
    def __getattr__(self, name):
        if name == 'loop':
            return self.loop2
        raise AttributeError(name)
try:
    Recur().loop
except AttributeError as e:
    print('AttributeError: ' + str(e))
print('special not via getattr', end=' ')
class NoLen:
    def __getattr__(self, name):
        return lambda: 5
try:
    len(NoLen())
except TypeError as e:
    print('TypeError: ' + str(e))
print('explicit', NoLen().__len__())
class Cls:
    def __getattr__(self, name):
        return 'inst ' + name
try:
    Cls.missing
except AttributeError as e:
    print('class level AttributeError: ' + str(e))
class Meta(type):
    def __getattr__(cls, name):
        return 'meta ' + name
class WithMeta(metaclass=Meta): pass
print('meta getattr', WithMeta.anything)
try:
    WithMeta().anything
except AttributeError as e:
    print('AttributeError: ' + str(e))
