# version: 3.13
# A non-default field after a default one.
from dataclasses import dataclass
@dataclass
class Item:
    name: str = ''
    price: float
