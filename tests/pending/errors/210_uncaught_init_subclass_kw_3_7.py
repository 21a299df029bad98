# version: 3.7
# An unexpected class keyword reaching object.__init_subclass__.
class Base:
    pass
class Child(Base, color='red'):
    pass
