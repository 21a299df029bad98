# A name both a parameter and global.
def f(x):
    global x
