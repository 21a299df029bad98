# version: 3.8
# A yield at module level, as 3.8 places the caret.
values = [1, 2]
yield values
