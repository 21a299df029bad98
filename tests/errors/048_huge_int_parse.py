# Parsing a 5000-digit literal string exceeds the limit too.
digits = '7' * 5000
print(len(digits))
n = int(digits)
