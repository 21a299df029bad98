if name = 'bob':
    pass
