# version: 3.8
# Builtin descriptors: functions are descriptors, wrapper/method descriptors, getset, member.
class C:
    def f(self):
        return 'f'
    __slots__ = ('m',)
c = C()
print('function __get__', C.__dict__['f'].__get__(c, C)())
print('function on None', C.__dict__['f'].__get__(None, C) is C.f)
print('types', type(C.__dict__['m']).__name__, type(list.__dict__['append']).__name__,
      type(int.__dict__['__add__']).__name__, type(type.__dict__['__dict__']).__name__ if '__dict__' in type.__dict__ else None)
print('wrapper bound', type((1).__add__).__name__, type([].append).__name__)
print('reprs', repr(list.append), repr(int.__add__), repr(C.m))
print('objclass', list.append.__objclass__ is list, C.m.__objclass__ is C)
print('getset', repr(type(lambda: 0).__dict__['__name__'])[:40])
print('name', list.append.__name__, int.__add__.__name__, C.m.__name__)
print('qualname', list.append.__qualname__, int.__add__.__qualname__, C.m.__qualname__)
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('append wrong self', lambda: list.append((), 1))
attempt('add wrong self', lambda: int.__add__('a', 1))
attempt('append no args', lambda: list.append())
attempt('str.upper int', lambda: str.upper(5))
attempt('member wrong type', lambda: C.m.__get__(5))
attempt('member set wrong type', lambda: C.m.__set__(5, 1))
attempt('getset wrong', lambda: type.__dict__['__name__'].__get__(5))
attempt('wrapper call', lambda: int.__dict__['__add__'](3, 4))
attempt('dict.fromkeys classmethod', lambda: dict.__dict__['fromkeys'].__get__(None, dict)('ab'))
attempt('builtin classmethod type', lambda: type(dict.__dict__['fromkeys']).__name__)
attempt('staticmethod builtin', lambda: type(str.__dict__['maketrans']).__name__)
attempt('object.__init__ extra', lambda: object.__init__(c, 1))
attempt('method-wrapper eq', lambda: (1).__add__ == (1).__add__)
attempt('slot wrapper is', lambda: int.__add__ is int.__add__)
