# An unclosed bracket is reported where it opened.
x = [1,
     2,
print(x)
