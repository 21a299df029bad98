# version: 3.7
# A small program: an inventory with dataclasses, slots, properties and sorting.
from dataclasses import dataclass, field, asdict, replace
from typing import List
@dataclass(order=True, frozen=True)
class Item:
    sort_key: tuple = field(init=False, repr=False, compare=True)
    name: str = field(compare=False)
    price: float = field(compare=False)
    qty: int = field(default=0, compare=False)
    def __post_init__(self):
        object.__setattr__(self, 'sort_key', (-self.price, self.name))
    @property
    def total(self):
        return round(self.price * self.qty, 2)
@dataclass
class Inventory:
    owner: str
    items: List[Item] = field(default_factory=list)
    def add(self, *items):
        self.items.extend(items)
        return self
    def value(self):
        return round(sum(i.total for i in self.items), 2)
    def cheapest(self):
        return min(self.items, key=lambda i: i.price)
inv = Inventory('shop').add(Item('pen', 1.5, 10), Item('book', 12.0, 2), Item('bag', 30.0, 1), Item('ink', 1.5, 4))
for it in sorted(inv.items):
    print('%-5s %6.2f x%-3d = %7.2f' % (it.name, it.price, it.qty, it.total))
print('value', inv.value(), 'cheapest', inv.cheapest().name)
print('asdict', asdict(inv)['items'][0])
restocked = replace(inv.items[0], qty=100)
print('replace', restocked, restocked.total)
try:
    inv.items[0].qty = 1
except AttributeError as e:
    print(type(e).__name__ + ': ' + str(e))
class Tracker:
    __slots__ = ('name', '_count')
    def __init__(self, name):
        self.name = name
        self._count = 0
    @property
    def count(self):
        return self._count
    def bump(self, n=1):
        self._count += n
        return self
t = Tracker('sales').bump().bump(4)
print('tracker', t.name, t.count)
for action in (lambda: setattr(t, 'count', 3), lambda: setattr(t, 'extra', 1), lambda: vars(t)):
    try:
        action()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ': ' + str(e))
print('equal items', Item('a', 2.0) == Item('b', 2.0), Item('a', 2.0) < Item('a', 1.0))
