# version: 3.9
# Duplicate slot names and slots shadowed by class attributes in subclasses.
class Once:
    __slots__ = ('v',)
class Twice:
    __slots__ = ('v', 'v')
class Many:
    __slots__ = ['b', 'a', 'b', 'a', 'b']
class StrDup:
    __slots__ = {'k': 'first', 'j': None}
def members(cls):
    return [k for k in vars(cls) if type(vars(cls)[k]).__name__ == 'member_descriptor']
for cls in (Once, Twice, Many, StrDup):
    print(cls.__name__, cls.__slots__, members(cls))
m = Many(); m.a = 1; m.b = 2
print('values', m.a, m.b, repr(Many.b))
class Base:
    __slots__ = ('shade', 'tone')
class Hidden(Base):
    __slots__ = ()
    shade = 'dark'
class Visible(Base):
    shade = 'light'
h = Hidden()
print('hidden reads class attr', h.shade)
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('assign hidden', lambda: setattr(h, 'shade', 'x'))
attempt('delete hidden', lambda: delattr(h, 'shade'))
Base.shade.__set__(h, 'via base')
print('via base', Base.shade.__get__(h, Hidden), h.shade)
v = Visible(); v.shade = 'mine'
print('visible has dict', v.shade, vars(v), 'shade' in v.__dict__)
attempt('base slot unset on visible', lambda: Base.shade.__get__(v, Visible))
v.tone = 't'
print('other slot still a slot', v.tone, vars(v))
class Redundant(Base):
    __slots__ = ('shade', 'extra')
r = Redundant(); r.shade = 'own'
print('redundant slot', r.shade, members(Redundant), Redundant.shade is Base.shade)
attempt('base descriptor on redundant', lambda: Base.shade.__get__(r))
