# __repr__, __str__, __format__ and their fallbacks and errors.
class R:
    def __repr__(self):
        return 'R()'
class S:
    def __str__(self):
        return 'S-str'
    def __repr__(self):
        return 'S-repr'
class F:
    def __format__(self, spec):
        return 'F[' + spec + ']'
    def __repr__(self):
        return 'F()'
r, s, f = R(), S(), F()
print('str falls back to repr', str(r), '%s' % r, f'{r}', [r])
print('str vs repr', str(s), repr(s), [s], (s,), {'k': s}, f'{s!r} {s!s} {s}')
print('format', format(f, 'abc'), f'{f:>10}', '{:x}'.format(f), '{0!r:>5}'.format(f))
print('format empty', format(f), format(r), format(r, ''))
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('object format spec', lambda: format(r, 'x'))
attempt('object format spec 2', lambda: f'{r:>10}')
class BadRepr:
    def __repr__(self):
        return 5
attempt('repr non-str', lambda: repr(BadRepr()))
class BadStr:
    def __str__(self):
        return b'x'
    def __repr__(self):
        return 'BadStr()'
attempt('str non-str', lambda: str(BadStr()))
attempt('print non-str', lambda: print(BadStr()))
class BadFormat:
    def __format__(self, spec):
        return 1
attempt('format non-str', lambda: format(BadFormat(), ''))
attempt('format spec type', lambda: format(r, 5))
class StrSub(str):
    pass
class ReprReturnsSub:
    def __repr__(self):
        return StrSub('sub-repr')
print('repr returns subclass', repr(ReprReturnsSub()), type(repr(ReprReturnsSub())).__name__)
class Raises:
    def __repr__(self):
        raise ValueError('repr failed')
attempt('repr raises', lambda: repr(Raises()))
attempt('list repr raises', lambda: repr([1, Raises()]))
class Rec:
    def __init__(self):
        self.me = [self]
    def __repr__(self):
        return 'Rec(%r)' % self.me
attempt('recursive list', lambda: repr(Rec()))
class Num:
    def __format__(self, spec):
        return format(3.14159, spec)
print('delegated', f'{Num():.2f}', format(Num(), '08.3f'))
print('ascii', ascii(S()), ascii(R()))
class Both:
    __str__ = lambda self: 'both-str'
print('bytes of str?', str(Both()).encode())
print('inherited', str(type('T', (S,), {})()), repr(type('T2', (R,), {})()))
print('format of int subclass', format(type('I', (int,), {})(255), 'x'))
