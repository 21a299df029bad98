# version: 3.10
# __slots__ validation: messages for bad names, conflicts, duplicates, __dict__/__weakref__.
def attempt(label, slots, bases=(), ns=None):
    d = {'__slots__': slots}
    d.update(ns or {})
    try:
        cls = type('C', bases, d)
        print(label, 'ok', cls.__slots__)
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('non-identifier', ('a b',))
attempt('digit first', ('1a',))
attempt('empty name', ('',))
attempt('keyword', ('class',))
attempt('dotted', ('a.b',))
attempt('int item', (1,))
attempt('None item', (None,))
attempt('bytes item', (b'a',))
attempt('string non-identifier', 'a-b')
attempt('conflict', ('x',), ns={'x': 1})
attempt('conflict method', ('f',), ns={'f': lambda self: 0})
attempt('conflict mangled', ('__p',), ns={'_C__p': 1})
attempt('no conflict other', ('x',), ns={'y': 1})
attempt('duplicate', ('a', 'a'))
attempt('duplicate __dict__', ('__dict__', '__dict__'))
attempt('duplicate __weakref__', ('__weakref__', '__weakref__'))
class Plain: pass
class Slotted:
    __slots__ = ('a',)
class WithDict:
    __slots__ = ('__dict__',)
class WithWeak:
    __slots__ = ('__weakref__',)
attempt('__dict__ on plain base', ('__dict__',), (Plain,))
attempt('__weakref__ on plain base', ('__weakref__',), (Plain,))
attempt('__dict__ on slotted base', ('__dict__',), (Slotted,))
attempt('__weakref__ on slotted base', ('__weakref__',), (Slotted,))
attempt('__dict__ again', ('__dict__',), (WithDict,))
attempt('__weakref__ again', ('__weakref__',), (WithWeak,))
attempt('redefine base slot', ('a',), (Slotted,))
attempt('both', ('__dict__', '__weakref__'))
attempt('__dict__ conflicts with class var', ('__dict__',), ns={'__dict__': 1})
attempt('__weakref__ in class ns', ('__weakref__',), ns={'__weakref__': 1})
attempt('__slots__ in slots', ('__slots__',))
attempt('__qualname__ slot', ('__qualname__',))
attempt('__classcell__-ish', ('__module__',))
attempt('__doc__ slot', ('__doc__',))
attempt('dict with non-str key', {1: 'doc'})
attempt('generator of ints', (i for i in range(2)))
class Meta(type): pass
attempt('metaclass slot', ('a',), (type,))
