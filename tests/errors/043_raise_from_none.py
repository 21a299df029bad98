# from None hides the context.
try:
    int('x')
except ValueError:
    raise RuntimeError('bad input') from None
