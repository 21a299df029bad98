def compute():
    valeu = 3
    return value * 2
compute()
