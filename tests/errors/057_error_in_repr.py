# An exception raised by __repr__ while printing.
class Broken:
    def __repr__(self):
        raise ValueError('cannot show myself')
print('first')
print([Broken()])
