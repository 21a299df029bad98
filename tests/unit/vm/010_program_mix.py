from dataclasses import dataclass, field
from contextlib import contextmanager
import functools
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
    def norm2(self): return self.x ** 2 + self.y ** 2
p = Point(3, 4); print(p, p.norm2(), p == Point(3, 4))
@contextmanager
def managed(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        print("close", name)
with managed("res") as r:
    print("using", r)
try:
    with managed("bad"):
        raise ValueError("inside")
except ValueError as e:
    print("caught", e)
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)), [x for x in Countdown(2)])
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273: raise ValueError("too cold")
        self._c = v
t = Temp(); t.c = 20; print(t.c)
try: t.c = -300
except ValueError as e: print(e)
class Animal:
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self): return f"{self.name} makes {self.sound()}"
    def sound(self): raise NotImplementedError
class Dog(Animal):
    def sound(self): return "woof"
class Cat(Animal):
    def sound(self): return "meow"
for a in (Dog("rex"), Cat("tom")): print(a.speak())
print(Animal.count, Dog.__mro__[1].__name__, isinstance(Dog("x"), Animal))
try:
    Animal("generic").speak()
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
print(sorted([Point(2, 1), Point(1, 5)], key=lambda p: p.x))
nums = [5, 3, 8]
print(max(nums, key=lambda v: -v), sum(n for n in nums if n > 3), any(n > 7 for n in nums))
words = "the quick brown fox jumps over the lazy dog".split()
freq = {}
for w in words: freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
matrix = [[i * j for j in range(3)] for i in range(3)]
print(matrix, list(zip(*matrix)))
def outer():
    fns = []
    for i in range(3):
        def f(i=i): return i
        fns.append(f)
    return [f() for f in fns]
print(outer())
print(*map(str, range(3)), sep=",")
