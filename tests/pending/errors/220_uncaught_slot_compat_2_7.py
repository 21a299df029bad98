# version: 2.7
# An undeclared attribute on a slotted instance, on 2.7 and 3.x.
from __future__ import print_function
class Reading(object):
    __slots__ = ('value', 'unit')
    def __init__(self, value):
        self.value = value
r = Reading(3)
print('value:', r.value)
r.units = 'kg'
