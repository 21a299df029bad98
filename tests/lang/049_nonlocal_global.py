# global and nonlocal declarations; reading outer names without them.
g = 'module'
def read():
    return g
def write():
    global g
    g = 'changed'
def shadow():
    g = 'local'
    return g
print(read(), shadow(), g)
write()
print(g)
def outer():
    x = 1
    def a():
        nonlocal x
        x += 1
    def b():
        x = 100
        return x
    a(); a(); b()
    return x
print(outer())
def create():
    global created
    created = 'from function'
create()
print(created)
def deep():
    v = 0
    def l1():
        def l2():
            nonlocal v
            v = 'set by l2'
        l2()
    l1()
    return v
print(deep())
