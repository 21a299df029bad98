# version: 3.6
# sys.version, version_info, implementation, hexversion: each version reports itself.
import sys
vi = sys.version_info
print('version_info', vi.major, vi.minor, vi[0], vi[:2], type(vi).__name__, len(vi))
print('compare', vi >= (3, 0), vi < (4,), vi[:2] == (vi.major, vi.minor))
print('fields', vi.releaselevel, type(vi.micro).__name__, vi.serial)
print('version starts', sys.version.startswith('%d.%d.' % (vi.major, vi.minor)))
print('hexversion', sys.hexversion >> 16 == (vi.major << 8 | vi.minor))
impl = sys.implementation
print('implementation', impl.name, impl.cache_tag, impl.version[:2] == vi[:2])
print('impl type', type(impl).__name__)
print('maxsize', sys.maxsize, sys.maxsize == 2 ** 63 - 1)
print('byteorder', sys.byteorder)
print('float_info', sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print('int_info', sys.int_info.bits_per_digit, sys.int_info.sizeof_digit)
print('hash_info', sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf)
print('maxunicode', sys.maxunicode)
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ': ' + str(e))
attempt('version_info readonly', lambda: setattr(vi, 'major', 4))
attempt('version_info new', lambda: type(vi)())
print('is cpython', sys.implementation.name == 'cpython', sys.platform.startswith('linux'))
