# version: 3.12
# Nonempty __slots__ on an int subclass.
class Flags(int):
    __slots__ = ('names',)
