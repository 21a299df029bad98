# version: 3.10
# 3.10: "Did you mean" in tracebacks, but no caret lines yet.
values = [1, 2, 3]
print(valeus)
