# version: 3.8
# A plain syntax error as 3.8 shows it.
x = = 1
