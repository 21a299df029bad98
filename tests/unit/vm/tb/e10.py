def outer():
    return inner()
def inner():
    raise KeyError("k")
outer()
