# Weak references to objects of C types (bound methods, functions, generators, sets,
# frozensets, builtin methods) die with their referent: the referent's deallocation clears
# them and calls their callbacks.
import weakref

died = []


def note(name):
    return lambda ref: died.append(name)


class O:
    def m(self):
        pass


r = weakref.ref(O().m, note('bound method'))
print('bound method:', r())


def f():
    pass


rf = weakref.ref(f, note('function'))
del f
print('function:', rf())


def g():
    yield 1


rg = weakref.ref(g(), note('generator'))
print('generator:', rg())

rs = weakref.ref(set([1, 2]), note('set'))
print('set:', rs())
rz = weakref.ref(frozenset([3]), note('frozenset'))
print('frozenset:', rz())

s = {1}
keep = weakref.ref(s, note('kept set'))
print('alive:', keep() == {1}, weakref.getweakrefcount(s))
del s
print('after del:', keep())
print('callbacks:', died)
