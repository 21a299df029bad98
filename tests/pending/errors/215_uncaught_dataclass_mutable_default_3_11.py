# version: 3.11
# A mutable default in a dataclass.
from dataclasses import dataclass
@dataclass
class Basket:
    items: list = []
