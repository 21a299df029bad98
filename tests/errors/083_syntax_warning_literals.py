# Compile-time SyntaxWarnings: "is" with a literal, a literal called or subscripted (missed comma).
x = 1
if x is 1:
    print("one")
pairs = [(1, 2) (3, 4)] if x is not 1 else []
print(pairs)
try:
    print([10, 20]["0"])
except TypeError as e:
    print(e)
