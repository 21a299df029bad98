# ValueError messages.
for c in [lambda: int('x'), lambda: int('12a'), lambda: int('0x10'), lambda: int('9', 8), lambda: int('', 16),
          lambda: float('1.2.3'), lambda: [1].index(2), lambda: 'abc'.index('d'), lambda: [].remove(1),
          lambda: 'a,b'.split(',', 1) and int('3.0'), lambda: chr(0x110000), lambda: range(0, 1, 0),
          lambda: list(zip([1], [], strict=True)), lambda: 'x'.center(2, 'ab'), lambda: int('1', 1),
          lambda: (1, 2).index(3), lambda: max([]), lambda: '{0:d}'.format('s'), lambda: bytes([256])]:
    try:
        c()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
a, b, c = 1, 2, 3
for bad in ([1, 2], [1, 2, 3, 4]):
    try:
        a, b, c = bad
    except ValueError as e:
        print('ValueError:', e)
