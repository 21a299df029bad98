# version: 3.12
# Zero-argument super() outside a method.
def helper():
    return super().method()
helper()
