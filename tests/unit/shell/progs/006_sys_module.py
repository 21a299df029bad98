# sys: version_info as a named tuple, argv, sizes, recursion limit, refcounts.
import sys
v = sys.version_info
print(v.major, v[:2], v >= (3, 8), v < (4,), tuple(v)[:3] == (v.major, v.minor, v.micro))
print(type(v).__name__, v.releaselevel, len(v))
print(sys.argv[0].endswith('006_sys_module.py'), len(sys.argv))
print(sys.maxsize, sys.byteorder, sys.platform, sys.implementation.name)
print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
x = object()
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
print(sys.getrefcount(None) > 1000, sys.intern('abc') == 'abc')
print('sys' in sys.modules, sys.modules['sys'] is sys, sys)
print(sys.exc_info())
try:
    raise KeyError('k')
except KeyError:
    t, val, tb = sys.exc_info()
    print(t, repr(val), tb is not None, sys.exception() is val)
print(sys.get_int_max_str_digits())
print(sys.flags.optimize, sys.hash_info.width)
try:
    sys.nope
except AttributeError as e:
    print(e)
