# version: 3.8
# Dataclasses and __slots__ (3.10+): manual slots, slots=True with defaults and conflicts.
from dataclasses import dataclass, field, fields
def attempt(label, func):
    try:
        print('%s: ok %r' % (label, func()))
    except (TypeError, ValueError, AttributeError) as e:
        print('%s: %s: %s' % (label, type(e).__name__, e))
def manual_with_default():
    @dataclass
    class Cell:
        __slots__ = ('value',)
        value: int = 1
    return Cell()
def manual_no_default():
    @dataclass
    class Cell:
        __slots__ = ('value', 'note')
        value: int
        note: str
    c = Cell(1, 'n')
    return (c.value, c.note, Cell.__slots__)
def slots_and_manual():
    @dataclass(slots=True)
    class Cell:
        __slots__ = ('value',)
        value: int
    return Cell(2)
def slots_defaults():
    @dataclass(slots=True)
    class Cell:
        value: int = 7
        tags: list = field(default_factory=list)
    c = Cell()
    return (c.value, c.tags, Cell.__slots__, '__dict__' in dir(c))
def slots_mutable():
    @dataclass(slots=True)
    class Cell:
        tags: dict = {}
    return Cell()
def slots_init_false():
    @dataclass(slots=True)
    class Cell:
        value: int = field(init=False, default=3)
    return (Cell().value, Cell.__slots__)
def slots_set_new_attr():
    @dataclass(slots=True)
    class Cell:
        value: int = 0
    c = Cell()
    c.other = 1
    return c
def slots_frozen_set():
    @dataclass(slots=True, frozen=True)
    class Cell:
        value: int = 0
    c = Cell()
    c.value = 1
def slots_base_dict():
    class Base:
        pass
    @dataclass(slots=True)
    class Cell(Base):
        value: int = 0
    c = Cell(); c.other = 5
    return (c.other, Cell.__slots__)
def slots_classvar():
    from typing import ClassVar
    @dataclass(slots=True)
    class Cell:
        count: ClassVar[int] = 0
        value: int = 0
    return (Cell.__slots__, Cell.count)
for label, f in [('manual __slots__ + default', manual_with_default), ('manual __slots__ no default', manual_no_default),
                 ('slots=True + manual __slots__', slots_and_manual), ('slots=True + defaults', slots_defaults),
                 ('slots=True mutable default', slots_mutable), ('slots=True init=False', slots_init_false),
                 ('slots=True new attribute', slots_set_new_attr), ('slots=True frozen assign', slots_frozen_set),
                 ('slots=True plain base', slots_base_dict), ('slots=True ClassVar', slots_classvar)]:
    attempt(label, f)
