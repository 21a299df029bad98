# version: 3.13
# Error messages as CPython 3.13 words them.
for c in [lambda: 1.0 % 0, lambda: 1 % 0, lambda: divmod(1.0, 0), lambda: 1 // 0]:
    try:
        c()
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
