# version: 3.13
# A slot name that is also a class attribute.
class Config:
    __slots__ = ('debug', 'level')
    level = 3
