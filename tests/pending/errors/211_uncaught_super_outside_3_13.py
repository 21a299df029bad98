# version: 3.13
# Zero-argument super() outside a method.
def helper():
    return super().method()
helper()
