# __hash__: None when __eq__ alone is defined, inheritance, errors, -1.
class Plain: pass
class EqOnly:
    def __eq__(self, o): return True
class EqAndHash:
    def __eq__(self, o): return True
    def __hash__(self): return 7
class HashOnly:
    def __hash__(self): return 11
class SubEq(EqAndHash):
    def __eq__(self, o): return False
class SubNoEq(EqAndHash):
    pass
print('Plain hash attr', Plain.__hash__ is object.__hash__)
print('EqOnly', EqOnly.__hash__, '__hash__' in EqOnly.__dict__)
print('EqAndHash', hash(EqAndHash()))
print('HashOnly', hash(HashOnly()))
print('SubEq', SubEq.__hash__)
print('SubNoEq', hash(SubNoEq()))
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('hash EqOnly', lambda: hash(EqOnly()))
attempt('set EqOnly', lambda: {EqOnly()})
attempt('dict key', lambda: {EqOnly(): 1})
attempt('hash list', lambda: hash([]))
attempt('hash dict', lambda: hash({}))
attempt('hash tuple with list', lambda: hash((1, [])))
class MinusOne:
    def __hash__(self): return -1
attempt('hash -1', lambda: hash(MinusOne()))
class Big:
    def __hash__(self): return 2 ** 70
attempt('hash big', lambda: hash(Big()))
class NotInt:
    def __hash__(self): return 'x'
attempt('hash str', lambda: hash(NotInt()))
class FloatHash:
    def __hash__(self): return 1.5
attempt('hash float', lambda: hash(FloatHash()))
class IntSub(int): pass
class IntHash:
    def __hash__(self): return IntSub(5)
attempt('hash int subclass', lambda: hash(IntHash()))
class Explicit(EqOnly):
    __hash__ = object.__hash__
attempt('restored', lambda: type(hash(Explicit())).__name__)
class NoneHash:
    __hash__ = None
attempt('None hash', lambda: hash(NoneHash()))
def hashable_abc():
    import collections.abc
    return isinstance(EqOnly(), collections.abc.Hashable), isinstance(Plain(), collections.abc.Hashable)
attempt('Hashable', hashable_abc)
print('int hashes', hash(-1), hash(2**61 - 1), hash(2**61), hash(-2**61), hash(1.5), hash(True), hash(None) == hash(None))
print('tuple hash', hash((1, 2)), hash(()), hash((1, (2, 3))))
print('float hashes', hash(0.1), hash(-0.0), hash(float('inf')), hash(1e100))
class Cached:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __hash__(self): return hash(self.v)
print('dedupe', len({Cached(1), Cached(1), Cached(2)}))
class Str(str):
    def __eq__(self, o): return str.__eq__(self, o)
attempt('str subclass eq only', lambda: hash(Str('a')))
