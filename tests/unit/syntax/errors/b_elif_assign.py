if x:
    pass
elif x = 2:
    pass
