# Integer literals in every base, underscores, and their reprs.
print(0, 7, -7, +7)
print(0x1F, 0X1f, 0o17, 0O17, 0b1011, 0B1011)
print(1_000_000, 0x_ff, 0b_1010_1010, 0o_7_7)
print(123456789012345678901234567890)
print(-123456789012345678901234567890)
print(0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF)
print(type(0), type(2**100))
print(repr(10**20), str(-10**20))
print(00, 0_0)
x = 9223372036854775807
print(x, x + 1, -x - 1, -x - 2)
print(4611686018427387904 * 2, 2**62 + 2**62)
print(1073741823 + 1, 2**30, 2**31, 2**32, 2**63, 2**64)
