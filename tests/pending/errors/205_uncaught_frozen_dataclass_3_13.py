# version: 3.13
# Assigning to a field of a frozen dataclass.
from dataclasses import dataclass
@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0
p = Point(1)
print(p)
p.x = 2
