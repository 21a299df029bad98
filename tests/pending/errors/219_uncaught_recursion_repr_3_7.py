# version: 3.7
# __repr__ that recurses forever.
class Loop:
    def __repr__(self):
        return 'Loop(%r)' % (self,)
print(repr(Loop()))
