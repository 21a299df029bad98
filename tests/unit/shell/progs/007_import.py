# import: builtin modules, errors, module objects.
import sys, gc, math, tracemalloc, weakref
import sys as system
from math import pi, sqrt
print(system is sys, pi, sqrt(16), math.floor(2.7), math.ceil(-2.5), math.gcd(12, 18))
print(math.isclose(0.1 + 0.2, 0.3), math.inf, math.factorial(10), math.fsum([0.1] * 10))
print(type(math).__name__, math.__name__, gc.isenabled())
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e)
try:
    math.nope
except AttributeError as e:
    print(e)
m = type(sys)('made')
m.x = 1
print(m, m.x, m.__name__, sorted(vars(m)))
import __main__
print(__name__, __main__.__name__)
print(gc.collect() >= 0, gc.is_tracked([]), gc.is_tracked(1))
