# version: 3.10
# Zero-argument super() outside a method.
def helper():
    return super().method()
helper()
