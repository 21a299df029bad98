# version: 3.13
# Subclassing str and bytes: construction, methods return base types, overrides.
class Tag(str):
    def __new__(cls, s, kind='plain'):
        self = super().__new__(cls, s)
        self.kind = kind
        return self
    def shout(self):
        return self.upper() + '!'
t = Tag('hello', 'greeting')
print('value', t, repr(t), t.kind, t.shout(), len(t))
print('methods return str', type(t.upper()).__name__, type(t + 'x').__name__, type(t[1:]).__name__, type(t * 2).__name__)
print('eq/hash', t == 'hello', hash(t) == hash('hello'), {t: 1}['hello'], 'ell' in t)
print('format', f'{t}', '%s' % t, '{:>7}'.format(t), str(t) is t, type(str(t)).__name__)
print('join/split', '-'.join([t, t]), t.split('l'))
class Upper(str):
    def __str__(self):
        return 'custom str'
    def __repr__(self):
        return 'Upper(...)'
u = Upper('x')
print('overrides', str(u), repr(u), '%s' % u, f'{u}', [u], u + 'y', print is not None)
class CI(str):
    def __eq__(self, o):
        return self.lower() == o.lower()
    def __hash__(self):
        return hash(self.lower())
print('case-insensitive', CI('ABC') == 'abc', 'abc' == CI('ABC'), CI('A') in ['a'])
class Raw(bytes):
    def hexed(self):
        return self.hex()
r = Raw(b'\x01\xff')
print('bytes', r, r.hexed(), type(r[0:1]).__name__, r[0], type(r + b'').__name__, len(r))
print('bytes repr', repr(r), bytes(r), type(bytes(r)).__name__)
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('bytes from str', lambda: Raw('abc'))
attempt('bytes from int', lambda: Raw(3))
attempt('str slot', lambda: type('S', (str,), {'__slots__': ('a',)}))
attempt('bytes slot', lambda: type('Bs', (bytes,), {'__slots__': ('a',)}))
attempt('bytes empty slots', lambda: type('Be', (bytes,), {'__slots__': ()})(b'ok'))
class S(str):
    __slots__ = ()
attempt('str empty slots attr', lambda: setattr(S('a'), 'x', 1))
print('dict', Tag('a').__dict__)
class Path(str):
    def __truediv__(self, o):
        return Path(self + '/' + o)
print('truediv', Path('a') / 'b' / 'c', type(Path('a') / 'b').__name__)
print('isinstance', isinstance(t, str), issubclass(Tag, str), type(t).__mro__[1] is str)
