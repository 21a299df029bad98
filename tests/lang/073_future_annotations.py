from __future__ import annotations
# With postponed evaluation, annotations are stored as strings and never evaluated.
def f(x: UndefinedType, y: int = 3) -> list[Undefined]:
    return [x, y]
print(f(1), f.__annotations__)
class C:
    a: NotDefinedEither
    b: int = 5
    def m(self) -> C:
        return self
print(C.__annotations__, C.b, C().m().b, C.m.__annotations__)
v: SomeType = 10
print(v, __annotations__)
