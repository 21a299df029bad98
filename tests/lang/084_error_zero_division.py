# ZeroDivisionError messages in 3.12.
for c in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 1.0 / 0,
          lambda: 1 / 0.0, lambda: 1.0 // 0, lambda: 1.0 % 0, lambda: divmod(1.0, 0), lambda: 0 ** -1,
          lambda: 0.0 ** -1, lambda: 10 ** 30 // 0, lambda: pow(0, -2)]:
    try:
        c()
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
