# versions: 3.8 3.9 3.10 3.11 3.12 3.13
import typing
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Type, Callable,
                    Iterable, Iterator, Sequence, Mapping, ClassVar, Final, TypeVar, Generic,
                    Protocol, NamedTuple, TypedDict, TYPE_CHECKING, cast, overload, final,
                    get_type_hints, no_type_check, NoReturn)


def attempt(label, fn):
    try:
        print(label, '->', fn())
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)


print(Any, Optional, Union, ClassVar, Final, NoReturn)
print(List, Dict, Tuple, Set, FrozenSet, Type, Callable)
print(Iterable, Iterator, Sequence, Mapping)
print(List[int], Dict[str, int], Set[bytes], FrozenSet[int], Type[int])
print(Tuple[int, str], Tuple[int, ...], Tuple[()])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Iterable[int], Iterator[str], Sequence[float], Mapping[str, List[int]])
print(Optional[int], Union[int, str], Union[int, None], Union[int, str, None])
print(Union[int], Union[int, int], Union[int, Union[str, float]], Optional[Optional[int]])
print(Union[int, str] == Union[str, int], List[int] == List[int], List[int] == List[str])
print(List[int].__origin__, List[int].__args__, Dict[str, int].__args__, List.__origin__)
print(Union[int, str].__origin__ is Union, Union[int, str].__args__)
print(Callable[[int], str].__args__, Tuple[int, ...].__args__)
print(ClassVar[int], ClassVar[int].__origin__ is ClassVar, Final[int])
print(List['X'], Optional['X'])
attempt('List()', lambda: List())
attempt('isinstance list', lambda: isinstance([], List))
attempt('isinstance List[int]', lambda: isinstance([], List[int]))
attempt('Union()', lambda: Union())
attempt('Any()', lambda: Any())
attempt('Optional[int, str]', lambda: Optional[int, str])
attempt('isinstance Any', lambda: isinstance(1, Any))
print(TYPE_CHECKING, cast(int, 'x'), cast('int', 3))
print(hash(List[int]) == hash(List[int]), List[int] in {List[int]: 1})

T = TypeVar('T')
KT = TypeVar('KT', bound=int)
S = TypeVar('S', int, str)
Tco = TypeVar('Tco', covariant=True)
Tcontra = TypeVar('Tcontra', contravariant=True)
print(T, KT, S, Tco, Tcontra, T.__name__, KT.__bound__, S.__constraints__, Tco.__covariant__)
print(List[T], Dict[KT, T], List[T].__parameters__, Dict[str, T][int])


class Box(Generic[T]):
    def __init__(self, item):
        self.item = item


class Pair(Generic[KT, T]):
    pass


print(Box[int], Box.__parameters__, Box(3).item, Pair[int, str], Box[int]().__class__ if False else '')
print(Box[int].__origin__ is Box, Box[int].__args__, Box.__orig_bases__ if hasattr(Box, '__orig_bases__') else None)
b = Box[int](5)
print(type(b).__name__, b.item, isinstance(b, Box))
attempt('Generic()', lambda: type(Generic()).__name__)
attempt('Box[int, str]', lambda: Box[int, str])


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm(self):
        return self.x + self.y


p = Point(1)
print(p, p.norm(), Point._fields, Point.__annotations__, Point._field_defaults, isinstance(p, tuple))
print(Point(3, 4)._replace(y=9), Point.__name__, Point.__module__)
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp.__annotations__)


class Movie(TypedDict):
    name: str
    year: int


m = Movie(name='Blade', year=1982)
print(m, type(m).__name__, Movie.__annotations__, Movie.__total__)


class Opt(TypedDict, total=False):
    a: int


print(Opt(a=1), Opt.__total__)


class HasLen(Protocol):
    def __len__(self):
        ...


attempt('isinstance proto', lambda: isinstance([], HasLen))


@typing.runtime_checkable
class Closer(Protocol):
    def close(self):
        ...


class F:
    def close(self):
        pass


print(isinstance(F(), Closer), isinstance(1, Closer))


class Cfg:
    name: str
    size: 'int'
    opt: Optional[int] = None
    cv: ClassVar[int] = 3


print(get_type_hints(Cfg))


def fn(a: int, b: 'List[int]', c: str = None) -> bool:
    pass


print(get_type_hints(fn))


@overload
def ov(x: int) -> int:
    ...


@overload
def ov(x: str) -> str:
    ...


def ov(x):
    return x


print(ov(3))


@final
class Leaf:
    pass


@no_type_check
def nt(a: int):
    return a


print(Leaf.__name__, nt(3), nt.__no_type_check__)
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_origin(int))
print(typing.Text, typing.AnyStr, typing.Hashable, typing.Sized)
print(typing.Deque[int], typing.DefaultDict[str, int], typing.Counter[str], typing.OrderedDict)
print(typing.Iterable.__origin__, typing.Mapping.__origin__)


class NoClose:
    close = None


print(issubclass(F, Closer), issubclass(int, Closer), issubclass(NoClose, Closer))


@typing.runtime_checkable
class HasName(Protocol):
    name: str


attempt('data protocol issubclass', lambda: issubclass(F, HasName))
print(isinstance(Cfg(), HasName), isinstance(F(), HasName))
