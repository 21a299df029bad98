# An error deep in a block, after valid lines: still nothing runs.
print("before")
def f():
    for i in range(3):
        if i:
            x = (1,
                 2]
