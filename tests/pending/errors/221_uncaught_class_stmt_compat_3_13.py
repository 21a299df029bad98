# version: 3.13
# A class statement whose __slots__ is rejected, on 2.7 and 3.x.
from __future__ import print_function
class Left(object):
    __slots__ = ('l',)
class Right(object):
    __slots__ = ('r',)
print('bases made')
class Both(Left, Right):
    pass
