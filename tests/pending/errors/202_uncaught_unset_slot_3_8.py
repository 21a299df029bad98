# version: 3.8
# Reading a slot that was never set.
class Node:
    __slots__ = ('value', 'next')
    def __init__(self, value):
        self.value = value
n = Node(1)
print(n.value)
print(n.next)
