# version: 3.6
# Zero-argument super() outside a method.
def helper():
    return super().method()
helper()
