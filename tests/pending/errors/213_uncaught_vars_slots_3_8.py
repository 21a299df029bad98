# version: 3.8
# vars() of a slotted instance.
class Token:
    __slots__ = ('value',)
t = Token()
t.value = 1
print(vars(t))
