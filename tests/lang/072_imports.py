# import of the supported modules, aliases, from-imports, module attributes.
import sys
import gc
import weakref
import tracemalloc
import sys as system
from sys import getsizeof as gs, maxsize
from gc import collect
print(sys.version_info[:2] >= (3, 0), sys.version_info.major, system is sys, maxsize == 2 ** 63 - 1)
print(type(sys).__name__, sys.__name__, gc.__name__, weakref.__name__, tracemalloc.__name__)
print(callable(gs), callable(collect), isinstance(collect(), int), gc.isenabled())
print(sys.argv[0], isinstance(sys.argv, list), sys.byteorder, sys.maxsize > 2 ** 32)
print(sys.getrecursionlimit(), sys.get_int_max_str_digits())
print(tracemalloc.is_tracing(), 'sys' in sys.modules, sys.modules['sys'] is sys)
print(__name__, type(__builtins__).__name__ in ('module', 'dict'))
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__ + ':', e)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__ + ':', str(e).split(' (')[0])
