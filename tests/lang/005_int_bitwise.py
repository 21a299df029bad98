# Bitwise operators on small, negative and big integers.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, -a, +a)
print(1 << 10, 1 << 100, 1024 >> 3, -1024 >> 3, -1 >> 10, -17 >> 2)
print(~0, ~-1, ~2 ** 70)
print(-6 & 3, -6 | 3, -6 ^ 3, -6 & -3)
big = 2 ** 100 + 12345
print(big & 0xFFFF, big | 1, big ^ big, big >> 90, (big << 5) >> 5 == big)
print(-big & 0xFFFF, -big >> 50)
print(5 & True, True | False, True ^ True, type(True & True))
