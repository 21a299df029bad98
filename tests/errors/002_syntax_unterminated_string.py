# An unterminated string literal.
print("before")
s = "abc
print(s)
