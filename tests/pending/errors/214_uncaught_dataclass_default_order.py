# version: 3.12
# A non-default field after a default one.
from dataclasses import dataclass
@dataclass
class Item:
    name: str = ''
    price: float
