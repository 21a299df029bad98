# Float arithmetic, mixing with ints, powers and comparisons.
print(3 + 0.5, 3 * 0.5, 3 - 0.5, 3 / 0.5, 2 ** -1, 2 ** 0.5, (-8) ** 2, 10 ** -2)
print(7.0 // 2, 7.0 % 2.5, -7.0 % 2.5, abs(-2.5), -(-2.5))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(float('inf') - float('inf'), float('inf') * 0, float('inf') > 1e308)
print(1 == 1.0, 1 < 1.5, 2 ** 63 == 2.0 ** 63, 10 ** 20 < 1e21)
print(max(1, 2.0), min(1.0, 1), sum([0.1] * 10), sum([1, 2.5]))
print(int(2.5 * 4), 0.1 * 10 == 1.0, 3 * 1.1)
print(divmod(10.5, 3), pow(2.0, 3), pow(2, -2))
