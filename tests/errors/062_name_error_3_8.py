# version: 3.8
# 3.8: no suggestion, no caret lines, the script path as given.
values = [1, 2, 3]
print(valeus)
