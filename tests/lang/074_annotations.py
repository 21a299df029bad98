# Annotations are evaluated and stored in __annotations__ (module, class, function).
x: int = 5
y: str
print(x, __annotations__)
try:
    print(y)
except NameError as e:
    print('NameError:', e)
def f(a: int, b: 'forward' = None, *args: str, k: float = 1.0, **kw: dict) -> bool:
    return True
print(f.__annotations__)
class P:
    x: int
    y: float = 0.0
    z = 'not annotated'
print(P.__annotations__, P.y, hasattr(P, 'x'))
def g(): pass
print(g.__annotations__)
count: int = 0
for i in range(3):
    count += i
print(count)
