# version: 3.12
# A slot name that is also a class attribute.
class Config:
    __slots__ = ('debug', 'level')
    level = 3
