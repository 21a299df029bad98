# An unterminated triple-quoted string runs to the end of the file.
x = 1
s = """abc
more
