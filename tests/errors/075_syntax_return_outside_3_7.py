# version: 3.7
# return outside a function, as 3.7 places the caret (a 0-based column).
x = 1; return x
