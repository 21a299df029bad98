# IndentationError: a dedent to a level never used.
if True:
        a = 1
    b = 2
