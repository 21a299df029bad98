# Operator precedence and associativity.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -1)
print(10 - 4 - 3, 100 / 10 / 5, 2 * 3 % 4, 7 // 2 * 2, -7 // 2, - 7 % 3)
print(1 + 2 << 3, 1 << 2 + 3, 6 & 3 | 8, 6 | 3 & 8, 5 ^ 3 & 1, ~1 + 1)
print(not 1 == 2, not (1 and 0), 1 or 0 and 0, (1 or 0) and 0, 0 or not 0)
print(1 < 2 == 2, 3 > 2 > 1, 1 + 1 == 2 and 3 > 2, 'a' in 'abc' == True)
print(True + 1 * 2, [1, 2] + [3] * 2, 'x' * 2 + 'y', 3 if 0 else 4 if 1 else 5)
x = 5
print(-x ** 2, +x - -x, x - - - x, ~x ** 2, not x > 3)
print((lambda: 1)(), [i for i in range(3) if i != 1 or i == 1])
print(2 ** 2 ** 0, (1, 2) < (1, 3), [3] > [2, 9], 4 @ 5 if False else 'no matmul')
