# __call__, __bool__, __getattr__, __setattr__, __index__, __int__, __float__.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *more):
        return self.n + x + sum(more)
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), callable(add5), callable(Adder), callable(5))
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
print(bool(Flag(True)), bool(Flag(False)), not Flag(False), Flag(False) or 'fallback')
class Proxy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        return 'virtual ' + name
print(Proxy().real, Proxy().anything)
class Logged:
    def __setattr__(self, name, value):
        print('set', name, value)
        object.__setattr__(self, name, value)
l = Logged(); l.a = 1; print(l.a)
class Idx:
    def __index__(self):
        return 2
print([10, 20, 30][Idx()], bin(Idx()), 'abc'[Idx()])
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
print(int(Num()), float(Num()))
class Ctx:
    def __getattribute__(self, name):
        return 'always ' + name
print(Ctx().x)
