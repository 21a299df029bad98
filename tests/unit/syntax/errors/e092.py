s = "unterminated
x = 1
