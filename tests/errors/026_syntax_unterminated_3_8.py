# version: 3.8
# An unterminated string as 3.8 words it.
s = "abc
