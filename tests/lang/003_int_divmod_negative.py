# Floor division and modulo follow the sign of the divisor.
for a in (7, -7, 0, 13, -13):
    for b in (2, -2, 3, -3, 1):
        print(a, b, a // b, a % b, divmod(a, b))
print(-1 // 10, -1 % 10, 1 // -10, 1 % -10)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(divmod(7.5, -2), divmod(-0.5, 1))
print(10 ** 30 // -7, 10 ** 30 % -7, -10 ** 30 // 7, -10 ** 30 % 7)
print(7 / 2, -7 / 2, 6 / 3, 1 / 3)
