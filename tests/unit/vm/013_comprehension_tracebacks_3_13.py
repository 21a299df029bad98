# version: 3.13
# Errors inside inlined comprehensions: one traceback entry for the function (3.12+), at the iterable in 3.13, through traceback.print_exc and uncaught.
def gen():
    yield 1
    raise KeyError(2)
def g2():
    yield 5
    raise ValueError(3)
def run(which):
    try:
        if which == 0: return [x for x in gen()]
        if which == 1: return {x: 1 for x in gen()}
        if which == 2: return [y for x in [1] for y in g2()]
        if which == 3: return list(x for x in gen())
        if which == 4: return [x for x in gen() if x]
    except Exception:
        import traceback; traceback.print_exc()
for i in range(5): run(i)
def outer():
    return [1 / x for x in [1, 0]]
outer()
