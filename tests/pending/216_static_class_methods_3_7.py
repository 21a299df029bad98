# version: 3.7
# staticmethod and classmethod: binding, __func__, calling, wrapping.
class C:
    @staticmethod
    def st(a, b=2):
        return ('st', a, b)
    @classmethod
    def cm(cls, a):
        return ('cm', cls.__name__, a)
    def plain(self):
        return 'plain'
class D(C): pass
print('static', C.st(1), C().st(1, 3), D.st(0))
print('class', C.cm(1), D.cm(2), D().cm(3))
print('types', type(C.__dict__['st']).__name__, type(C.__dict__['cm']).__name__)
print('unwrapped', C.__dict__['st'].__func__ is C.st, C.__dict__['cm'].__func__.__name__)
print('bound cm self', C.cm.__self__ is C, D.cm.__self__ is D)
print('isabstract', C.__dict__['st'].__isabstractmethod__)
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
sm = staticmethod(len)
attempt('staticmethod callable', lambda: sm([1, 2]))
attempt('classmethod callable', lambda: classmethod(len)('ab'))
attempt('staticmethod wrapped', lambda: C.__dict__['st'].__wrapped__.__name__)
attempt('classmethod doc', lambda: classmethod(C.plain).__doc__)
attempt('staticmethod no args', lambda: staticmethod())
attempt('classmethod 2 args', lambda: classmethod(1, 2))
attempt('classmethod kw', lambda: classmethod(f=1))
attempt('cm of non-callable', lambda: classmethod(1).__get__(None, C)())
attempt('sm of non-callable call', lambda: staticmethod(1).__get__(None, C)())
attempt('st missing arg', lambda: C.st())
attempt('cm missing arg', lambda: C.cm())
attempt('plain on class', lambda: C.plain())
attempt('get manual', lambda: C.__dict__['cm'].__get__(None, D)(5))
attempt('get manual inst', lambda: C.__dict__['cm'].__get__(D())(6))
class Chain:
    @classmethod
    @property
    def both(cls):
        return 'chained ' + cls.__name__
attempt('classmethod(property)', lambda: Chain.both)
sm2 = staticmethod(lambda: 1)
sm2.extra = 'attr'
attempt('sm attribute', lambda: sm2.extra)
attempt('sm dict', lambda: sm2.__dict__)
attempt('sm name', lambda: staticmethod(attempt).__name__)
attempt('cm qualname', lambda: classmethod(attempt).__qualname__)
class Counter:
    n = 0
    @classmethod
    def bump(cls):
        cls.n += 1
        return cls.n
class Sub(Counter): pass
print('bump', Counter.bump(), Sub.bump(), Sub.bump(), Counter.n, Sub.n)
