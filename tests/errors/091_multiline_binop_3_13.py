# version: 3.13
# A binary operation over two lines: the operator is the anchor (3.13).
def total(a, b):
    return (a +
            b)
total(1, None)
