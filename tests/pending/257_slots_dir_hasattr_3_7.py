# version: 3.7
# dir(), hasattr() and getattr() on slotted, unslotted and mixed instances.
class Sensor:
    unit = 'C'
    def __init__(self):
        self.reading = 20
    def read(self):
        return self.reading
class SlotSensor:
    __slots__ = ('reading', 'offset', 'never')
    unit = 'F'
    def __init__(self):
        self.reading = 68
        self.offset = 0
    def read(self):
        return self.reading + self.offset
class Open(SlotSensor):
    __slots__ = ('__dict__',)
class Weak(SlotSensor):
    __slots__ = ('__weakref__', 'extra')
def public(o):
    return [n for n in sorted(dir(o)) if not n.startswith('_')]
def special(o):
    return [n for n in sorted(dir(o)) if n in ('__dict__', '__slots__', '__weakref__', '__module__')]
for o in (Sensor(), SlotSensor(), Open(), Weak()):
    print(type(o).__name__, public(o), special(o))
o = Open(); o.note = 'n'
print('open with note', public(o))
print('class dirs', public(SlotSensor), public(Weak))
s = SlotSensor()
print('hasattr', hasattr(s, 'reading'), hasattr(s, 'never'), hasattr(s, 'nothing'), hasattr(s, 'unit'), hasattr(s, '__dict__'))
print('getattr', getattr(s, 'never', 'unset'), getattr(s, 'offset', 'x'), getattr(SlotSensor, 'never').__class__.__name__)
del s.offset
print('after del', hasattr(s, 'offset'), getattr(s, 'offset', 'deleted'))
try:
    getattr(s, 'offset')
except AttributeError as e:
    print('AttributeError: ' + str(e))
print('dir of instance sorted', dir(s) == sorted(dir(s)))
print('dir with __dir__', dir(type('D', (), {'__dir__': lambda self: ['b', 'a']})()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print('TypeError: ' + str(e))
print('dir() in function', (lambda a=1: sorted(dir()))())
