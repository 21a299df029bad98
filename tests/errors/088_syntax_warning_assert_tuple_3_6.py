# version: 3.6
# An assert on a parenthesised (test, message) tuple is always true: a SyntaxWarning.
x = 0
assert (x == 1, "x must be one")
print("still running")
