# version: 3.8
# 3.8: "integer division or modulo by zero" and no carets.
def ratio(a, b):
    return a // b
print(ratio(7, 2))
print(ratio(1, 0))
