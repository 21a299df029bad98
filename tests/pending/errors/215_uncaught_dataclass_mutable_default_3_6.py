# version: 3.6
# A mutable default in a dataclass.
from dataclasses import dataclass
@dataclass
class Basket:
    items: list = []
