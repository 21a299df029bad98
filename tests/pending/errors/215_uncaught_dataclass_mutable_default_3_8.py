# version: 3.8
# A mutable default in a dataclass.
from dataclasses import dataclass
@dataclass
class Basket:
    items: list = []
