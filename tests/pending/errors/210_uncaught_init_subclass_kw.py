# version: 3.12
# An unexpected class keyword reaching object.__init_subclass__.
class Base:
    pass
class Child(Base, color='red'):
    pass
