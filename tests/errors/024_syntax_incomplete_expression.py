# An expression cut short at the end of a line.
x = 5 +
print(x)
