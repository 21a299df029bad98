# version: 3.7
# A mutable default in a dataclass.
from dataclasses import dataclass
@dataclass
class Basket:
    items: list = []
