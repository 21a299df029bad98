# version: 3.8
# Zero-argument super() outside a method.
def helper():
    return super().method()
helper()
