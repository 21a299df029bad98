# version: 3.7
# Zero-argument super() outside a method.
def helper():
    return super().method()
helper()
