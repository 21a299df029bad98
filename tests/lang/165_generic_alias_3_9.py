# version: 3.9
import types
print(list[int], dict[str, int], type(list[int]).__name__, type(list[int]))
print(list[int].__origin__, list[int].__args__, list[int].__parameters__)
print(tuple[()], tuple[int, ...], list[list[int]], dict[str, types.SimpleNamespace])
print(list[int] == list[int], list[int] == list[str], list[int] == list, hash(list[int]) == hash(list[int]))
print(list[int]([1, 2]), list[int].__name__, type[int], set[int], frozenset[str])
print(types.GenericAlias(list, (int,)), types.GenericAlias(list, int))
class C(list[int]): pass
print(C.__bases__, C.__orig_bases__)
try: isinstance([], list[int])
except TypeError as e: print(e)
print(list[None], list[1], list['x'])
try: int | str
except TypeError as e: print(e)
try: list[int]
except TypeError as e: print(e)
