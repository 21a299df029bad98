# int() of a bad literal.
text = '12x'
n = int(text)
