# version: 3.7
# No compile-time SyntaxWarnings before 3.8.
x = 1
print(x is 1, 5 is not 5.0)
