# Container dunders: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __reversed__.
class Deck:
    def __init__(self):
        self.cards = [r + s for s in 'SH' for r in 'AKQ']
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __setitem__(self, i, v):
        self.cards[i] = v
    def __delitem__(self, i):
        del self.cards[i]
    def __contains__(self, c):
        print('contains called')
        return c in self.cards
d = Deck()
print(len(d), d[0], d[-1], d[1:3], 'KS' in d, 'XX' in d)
d[0] = 'JOKER'; del d[1]
print(list(d), [c for c in d][:2], bool(d), list(reversed(d))[:2])
class Squares:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield i * i
    def __reversed__(self):
        return iter(['custom', 'reversed'])
s = Squares(4)
print(list(s), 9 in s, 5 in s, list(reversed(s)), sorted(s, reverse=True))
class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), len(Empty()), 'truthy' if Empty() else 'falsy')
class Grid:
    def __getitem__(self, key):
        return key
g = Grid()
print(g[1, 2], g[1:2], g[::3], g['k'], g[...])
try:
    len(Squares(1))
except TypeError as e:
    print('TypeError:', e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print('ValueError:', e)
