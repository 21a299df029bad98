# version: 3.6
# property: getter, setter, deleter, doc, and the read-only messages.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        """Degrees Celsius."""
        return self._c
    @celsius.setter
    def celsius(self, v):
        print('setting', v)
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('deleting')
        del self._c
    @property
    def readonly(self):
        return 'ro'
    def _get(self):
        return 'old style'
    oldstyle = property(_get, doc='Old style doc')
    noget = property(None, lambda self, v: print('noget set', v))
t = Temp()
t.celsius = 25
print('get', t.celsius)
del t.celsius
print('gone', hasattr(t, '_c'))
print('doc', Temp.celsius.__doc__, Temp.oldstyle.__doc__, Temp.readonly.__doc__)
print('oldstyle', t.oldstyle)
print('class access', type(Temp.celsius).__name__)
print('fget fset fdel', Temp.celsius.fget.__name__, Temp.celsius.fset.__name__, Temp.celsius.fdel.__name__)
print('readonly fset', Temp.readonly.fset)
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('set readonly', lambda: setattr(t, 'readonly', 1))
attempt('del readonly', lambda: delattr(t, 'readonly'))
attempt('del oldstyle', lambda: delattr(t, 'oldstyle'))
attempt('get noget', lambda: t.noget)
t.noget = 5
attempt('lambda prop set', lambda: setattr(t, 'lp', 1))
class Anon:
    x = property(lambda self: 1)
attempt('anon set', lambda: setattr(Anon(), 'x', 2))
attempt('anon del', lambda: delattr(Anon(), 'x'))
print('anon name', getattr(Anon.x, '__name__', 'no __name__'))
p = property()
attempt('empty get', lambda: p.__get__(t, Temp))
attempt('empty set', lambda: p.__set__(t, 1))
attempt('empty del', lambda: p.__delete__(t))
print('get with None', p.__get__(None, Temp) is p)
q = Temp.celsius.getter(lambda self: 'new getter')
print('copy is new', q is not Temp.celsius, q.fset is Temp.celsius.fset, q.__doc__)
attempt('property args', lambda: property(1, 2, 3, 4, 5))
attempt('property kw', lambda: property(fget=None, doc='d').__doc__)
attempt('fget readonly', lambda: setattr(Temp.celsius, 'fget', None))
class Sub(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return 'sub ' + str(self._c)
s = Sub(); s.celsius = 7
print('subclass getter', s.celsius)
class Raising:
    @property
    def bad(self):
        raise ValueError('from getter')
attempt('getter raises', lambda: Raising().bad)
print('isabstract', Temp.celsius.__isabstractmethod__)
class P2(property):
    pass
class UsesP2:
    @P2
    def v(self):
        'sub doc'
        return 'p2'
print('subclass property', UsesP2().v, type(UsesP2.v).__name__, UsesP2.v.__doc__)
