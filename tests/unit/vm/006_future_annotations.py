from __future__ import annotations
def f(a: int, b: list[str] = None, *args: tuple[int, ...], c: dict[str, int] | None = None) -> Foo.Bar:
    pass
print(f.__annotations__)
class K:
    x: Undefined[1, 2]
    y: -1 + 2 * (3 - 4) ** 2
    z: lambda: 0 if True else None
print(K.__annotations__)
