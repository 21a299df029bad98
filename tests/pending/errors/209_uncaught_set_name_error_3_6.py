# version: 3.6
# An exception raised by __set_name__ during class creation.
class Field:
    def __set_name__(self, owner, name):
        raise ValueError('bad field name ' + name)
class Model:
    title = Field()
