# __call__, callable(), and calling non-callables.
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, scale=1):
        return (self.n + x) * scale
add5 = Adder(5)
print('call', add5(1), add5(1, scale=3), callable(add5), callable(Adder))
print('map', list(map(add5, [1, 2])))
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('call wrong args', lambda: add5())
attempt('call kw', lambda: add5(1, 2))
class Plain: pass
attempt('not callable', lambda: Plain()())
five, nothing, text, items = 5, None, 'abc', [1]
attempt('int not callable', lambda: five())
attempt('none not callable', lambda: nothing())
attempt('str not callable', lambda: text())
attempt('list not callable', lambda: items())
print('callable', callable(Plain()), callable(len), callable(lambda: 0), callable(None))
class InstanceCall:
    pass
ic = InstanceCall()
ic.__call__ = lambda: 'instance attr'
attempt('instance __call__ ignored', lambda: ic())
print('callable instance attr', callable(ic))
class Meta(type):
    def __call__(cls, *a):
        print('Meta.__call__', cls.__name__, a)
        return super().__call__(*a)
class K(metaclass=Meta):
    def __init__(self, *a): self.a = a
print('metaclass call', K(1, 2).a)
class CallNone:
    __call__ = None
attempt('__call__ None', lambda: CallNone()())
print('callable None', callable(CallNone()))
class Chain:
    def __call__(self):
        return self
print('chain', type(Chain()()()()).__name__)
class Recur:
    def __call__(self, n):
        return 0 if n == 0 else self(n - 1) + 1
print('recursive call', Recur()(50))
class WithGetattr:
    def __getattr__(self, name):
        return lambda: 'via getattr'
attempt('getattr does not make callable', lambda: WithGetattr()())
print('callable(WithGetattr())', callable(WithGetattr()))
