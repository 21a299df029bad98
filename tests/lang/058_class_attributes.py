# Class attributes versus instance attributes, shadowing, mutation through the class.
class Counter:
    count = 0
    shared = []
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
a, b = Counter(), Counter()
print(Counter.count, a.count, b.id)
a.count = 'instance'
print(a.count, b.count, Counter.count)
del a.count
print(a.count)
a.shared.append('x')
print(b.shared, Counter.shared)
Counter.new_attr = 'added later'
print(a.new_attr, hasattr(b, 'new_attr'), 'new_attr' in Counter.__dict__, 'new_attr' in a.__dict__)
class Config:
    DEBUG = False
    LEVEL = 'info' if not DEBUG else 'debug'
    names = [n.upper() for n in ('a', 'b')]
print(Config.LEVEL, Config.names, getattr(Config, 'DEBUG'))
