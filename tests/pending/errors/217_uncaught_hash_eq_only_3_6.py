# version: 3.6
# An instance of a class that defines __eq__ alone used as a dict key.
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return self.k == other.k
d = {Key(1): 'one'}
