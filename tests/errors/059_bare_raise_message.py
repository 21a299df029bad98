# Raising a class, an instance without args, and an instance with several args.
class Empty(Exception):
    pass
raise Empty
