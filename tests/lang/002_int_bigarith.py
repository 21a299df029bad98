# Arbitrary-precision integers: powers, products, division of big numbers.
print(2 ** 1000)
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(f // 3**20, f % 3**20)
a = 3 ** 200
b = 7 ** 90
print(a * b)
print(a // b, a % b)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(divmod(-a, -b))
print(a - a, a - b, b - a)
print((a + 1) * (a - 1) == a * a - 1)
print(2 ** 64 - 1, -(2 ** 64), (2 ** 64) // 2 ** 32)
print(pow(2, 100, 1000007), pow(3, 1000, 10**9 + 7))
print(10 ** 50 // 10 ** 49, 10 ** 50 / 10 ** 49)
print(abs(-2 ** 200))
print((2 ** 100).bit_length(), (-1).bit_length(), (0).bit_length())
print(2 ** 100 > 2 ** 99, -2 ** 100 < 1, 2 ** 100 == 2 ** 100)
print(sum(range(10 ** 6)))
n = 1
for _ in range(100):
    n = n * 31 + 7
print(n, n % 1000003)
