# 10**100000 is computed; converting it to a string exceeds the 4300-digit limit.
x = 10 ** 100000
print(x.bit_length())
print(len(str(x)))
