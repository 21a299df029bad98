# format() and the format-spec mini-language, type by type.
for spec in ['', '10', '<10', '>10', '^10', '*^10', '+', '-', ' ', '010', ',', '_', 'x', '#x', 'b', '#b', 'o', 'c', 'd', 'n', 'e', '.3e', 'f', '.0f', '%', 'g', '=+8']:
    print(repr(spec), repr(format(65, spec)), repr(format(-1234567, spec) if spec != 'c' else ''))
for spec in ['', '.1f', '.3g', '10.2f', '<10.2f', 'e', 'E', '%', '.0%', 'g', 'G', '+.2f', ',.2f', '_.3f', '08.2f', '.2', 'n']:
    print(repr(spec), repr(format(1234.5678, spec)), repr(format(-0.000012345, spec)))
for spec in ['', '5', '<5', '>5', '^5', '.2', '*>6.1']:
    print(repr(spec), repr(format('abc', spec)))
print(format(True), format(True, 'd'), format(None), format([1, 2]), format(1e100), format(float('inf'), '>6'), format(float('nan'), 'f'))
print(format(2 ** 70, ','), format(2 ** 70, 'x'), format(-2 ** 70, '_b')[:20], format(12, '#010b'), format(-12, '#010x'))
try:
    format('s', 'd')
except ValueError as e:
    print('ValueError:', e)
try:
    format(1.5, 'x')
except ValueError as e:
    print('ValueError:', e)
