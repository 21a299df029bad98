# versions: 3.8 3.9 3.10 3.12 3.13
# shadow: typing
import sys
from typing import Literal, Final, get_type_hints, get_args, get_origin, Union, Optional
import typing
V = sys.version_info[:2]
UserId = typing.NewType('UserId', int)
print(UserId(5), UserId.__name__, UserId.__supertype__, repr(UserId) if V >= (3, 10) else '')
print(Literal['a', 1], Literal[1, 1, 2].__args__, get_args(Literal['x']), get_origin(Literal['x']) is Literal)
print(Final[int], get_origin(Union[int, str]) is Union, get_args(Optional[int]))
if V >= (3, 9):
    from typing import Annotated
    A = Annotated[int, 'meta', 3]
    print(A, A.__metadata__, A.__origin__, get_args(A), get_origin(A) is Annotated)
    class C:
        x: Annotated[int, 'm']
    print(get_type_hints(C), get_type_hints(C, include_extras=True))
