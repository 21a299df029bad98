# version: 3.9
# A for-loop target that is a bare starred name.
for *x in [[1]]:
    pass
