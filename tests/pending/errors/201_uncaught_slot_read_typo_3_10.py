# version: 3.10
# Reading a misspelt attribute of a slotted instance.
class Point:
    __slots__ = ('x', 'y')
p = Point()
p.x = 1
print(p.x)
print(p.xx)
