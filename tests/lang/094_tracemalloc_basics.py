# tracemalloc on and off; readings are gathered first and printed after stop().
import tracemalloc
print(tracemalloc.is_tracing())
tracemalloc.start()
tracing = tracemalloc.is_tracing()
before, _ = tracemalloc.get_traced_memory()
data = [str(i) * 10 for i in range(1000)]
after, peak = tracemalloc.get_traced_memory()
del data
freed, peak2 = tracemalloc.get_traced_memory()
tracemalloc.stop()
print(tracing, tracemalloc.is_tracing())
print(after > before, peak >= after, freed < after, peak2 >= peak)
print(tracemalloc.get_traced_memory())
