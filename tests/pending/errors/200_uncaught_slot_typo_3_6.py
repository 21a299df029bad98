# version: 3.6
# Setting a misspelt attribute on a slotted instance: message, suggestion, traceback.
class Frame:
    __slots__ = ('width', 'height')
    def __init__(self, width, height):
        self.width = width
        self.height = height
f = Frame(3, 4)
print('area:', f.width * f.height)
f.widht = 5
print('never printed')
