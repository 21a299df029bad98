# round(): banker's rounding, ndigits, negative ndigits, types of results.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(3.14159, 2), round(2.675, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1234, -2), round(1250, -2), round(1350, -2))
print(type(round(2.5)), type(round(2.5, 0)), round(2.5, 0))
print(round(7), round(-7, 1), round(10 ** 20 + 5, -1))
print(round(1e300, 2), round(0.1 + 0.2, 10))
