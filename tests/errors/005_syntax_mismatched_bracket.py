# Mismatched brackets.
x = [1, 2)
