# The int/str conversion digit limit (3.11+): 4300 digits by default.
import sys
print(sys.get_int_max_str_digits())
big = 10 ** 5000
print(big.bit_length(), big % 997, len(hex(big)))
try:
    str(big)
except ValueError as e:
    print('ValueError:', e)
try:
    int('1' * 5000)
except ValueError as e:
    print('ValueError:', e)
ok = 10 ** 4299
print(len(str(ok)), len(repr(ok)))
sys.set_int_max_str_digits(6000)
print(len(str(big)), str(big)[:5], sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)))
try:
    sys.set_int_max_str_digits(10)
except ValueError as e:
    print('ValueError:', e)
