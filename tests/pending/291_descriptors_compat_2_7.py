# version: 2.7
# property, staticmethod, classmethod and user descriptors on 2.7 and 3.x.
from __future__ import print_function
class Celsius(object):
    def __init__(self):
        self._t = 0
    def _get(self):
        return self._t
    def _set(self, v):
        self._t = v
    temp = property(_get, _set, None, 'temperature')
    ro = property(_get)
    @staticmethod
    def unit():
        return 'C'
    @classmethod
    def make(cls):
        return cls.__name__
c = Celsius()
c.temp = 21
print('property:', c.temp, Celsius.temp.__doc__, Celsius.unit(), c.unit(), Celsius.make())
for label, action in [('set ro', lambda: setattr(c, 'ro', 1)), ('del ro', lambda: delattr(c, 'ro')),
                      ('del temp', lambda: delattr(c, 'temp'))]:
    try:
        action()
        print(label, 'ok')
    except AttributeError as e:
        print(label, 'AttributeError:', e)
class Upper(object):
    def __get__(self, obj, owner):
        if obj is None:
            return 'class access'
        return obj.__dict__.get('raw', '').upper()
    def __set__(self, obj, value):
        obj.__dict__['raw'] = value
class Doc(object):
    text = Upper()
d = Doc(); d.text = 'hi'
print('descriptor:', d.text, Doc.text, sorted(d.__dict__))
d.__dict__['text'] = 'shadow'
print('data descriptor wins:', d.text)
class NonData(object):
    def __get__(self, obj, owner):
        return 'nondata'
class Host(object):
    n = NonData()
h = Host(); h.__dict__['n'] = 'instance'
print('instance wins over non-data:', h.n, Host.n)
print('types:', type(Celsius.__dict__['unit']).__name__, type(Celsius.__dict__['make']).__name__, type(Celsius.__dict__['temp']).__name__)
