# version: 3.9
# Zero-argument super() outside a method.
def helper():
    return super().method()
helper()
