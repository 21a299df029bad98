# IndentationError: expected an indented block.
x = 1
if x:
print(x)
