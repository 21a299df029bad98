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
print(int | str, type(int | str).__name__, type(int | None))
print(int | None, None | int, int | str | int, (int | str) == (str | int), int | int)
print((int | str).__args__, isinstance(1, int | str), isinstance(1.0, int | str), issubclass(bool, int | str))
print(int | list[int], list[int] | None)
try: int | 1
except TypeError as e: print(e)
print(hash(int | str) == hash(str | int))
class M(type): pass
class D(metaclass=M): pass
print(D | int)
