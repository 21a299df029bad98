# version: 3.6
# vars() and __dict__ on slotted instances and builtins.
class S:
    __slots__ = ('a',)
s = S(); s.a = 1
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('vars slotted', lambda: vars(s))
attempt('__dict__ slotted', lambda: s.__dict__)
attempt('vars int', lambda: vars(5))
attempt('vars object()', lambda: vars(object()))
attempt('vars list', lambda: vars([]))
attempt('vars two args', lambda: vars(s, s))
attempt('vars class', lambda: sorted(k for k in vars(S) if not k.startswith('__')))
attempt('vars type mappingproxy', lambda: type(vars(S)).__name__)
attempt('dir includes slots', lambda: [n for n in dir(s) if not n.startswith('__')])
class GetattrDict:
    __slots__ = ()
    def __getattr__(self, name):
        if name == '__dict__':
            return {'fake': 1}
        raise AttributeError(name)
attempt('vars via __getattr__', lambda: vars(GetattrDict()))
class PropDict:
    @property
    def __dict__(self):
        return {'prop': 1}
attempt('vars property __dict__', lambda: vars(PropDict()))
class NonDictDict:
    __dict__ = 5
attempt('vars non-dict __dict__', lambda: vars(NonDictDict()))
attempt('object().__dict__', lambda: object().__dict__)
attempt('int __dict__', lambda: (1).__dict__)
attempt('function __dict__', lambda: (lambda: 0).__dict__)
attempt('module vars', lambda: type(vars()).__name__)
import sys
attempt('vars(sys) is dict', lambda: vars(sys) is sys.__dict__)
