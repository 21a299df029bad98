# A plain syntax error: nothing runs, not even the print before it.
print("before")
x = = 1
