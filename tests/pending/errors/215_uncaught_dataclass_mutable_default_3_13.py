# version: 3.13
# A mutable default in a dataclass.
from dataclasses import dataclass
@dataclass
class Basket:
    items: list = []
