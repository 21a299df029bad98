# version: 3.7
# dataclass odds and ends: __doc__ signature, repr of nested/recursive, class attributes, descriptors as defaults.
from dataclasses import dataclass, field, fields, asdict
@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
n = Node(1, [Node(2), Node(3, [Node(4)])])
print('nested repr', n)
n.children.append(n)
print('recursive repr', n)
@dataclass
class Documented:
    a: int
    b: str = 'x'
print('doc', Documented.__doc__)
class Desc:
    def __init__(self):
        self.default = 'desc default'
    def __set_name__(self, owner, name):
        self.name = '_' + name
    def __get__(self, obj, owner):
        if obj is None:
            return 5
        return getattr(obj, self.name, 'unset')
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)
@dataclass
class WithDesc:
    d: int = Desc()
print('descriptor field', WithDesc(), WithDesc(3), WithDesc().d)
@dataclass
class Counter:
    n: int = 0
    def inc(self):
        self.n += 1
        return self
print('methods', Counter().inc().inc())
@dataclass(repr=True)
class Quoted:
    s: str
    b: bytes = b'x'
    f: float = 0.1
    t: tuple = ()
    o: object = None
print('value reprs', Quoted("a'b"))
@dataclass
class Outer:
    @dataclass
    class Inner:
        v: int = 0
    inner: 'Outer.Inner' = None
print('nested class repr', Outer(Outer.Inner()), Outer.Inner.__qualname__)
@dataclass
class Ann:
    a: 'int'
    b: 'list[int]' = field(default_factory=list)
print('string annotations', [f.type for f in fields(Ann)])
from typing import List, Optional
@dataclass
class Typed:
    items: List[int] = field(default_factory=list)
    opt: Optional[str] = None
print('typing annotations', Typed(), [str(f.type) for f in fields(Typed)])
print('eq identity shortcut', (lambda x: x == x)(Node(float('nan'))))
print('eq nan tuple', Node(float('nan')) == Node(float('nan')))
