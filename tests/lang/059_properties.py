# property: getters, setters, deleters, read-only properties.
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError('too cold')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('deleting')
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError:', e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print('AttributeError:', e)
del t.celsius
print(hasattr(t, '_c'), type(Temp.celsius).__name__)
class Lazy:
    def _get(self):
        return 'classic'
    value = property(_get, doc='old style')
print(Lazy().value, Lazy.value.__doc__)
