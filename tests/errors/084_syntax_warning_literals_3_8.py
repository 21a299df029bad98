# version: 3.8
# Compile-time SyntaxWarnings as 3.8 words them.
x = 1
if x is 1:
    print("one")
pairs = [(1, 2) (3, 4)] if x is not 1 else []
print(pairs)
try:
    print([10, 20]["0"])
except TypeError as e:
    print(e)
