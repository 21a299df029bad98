# version: 3.13
# Nonempty __slots__ on an int subclass.
class Flags(int):
    __slots__ = ('names',)
