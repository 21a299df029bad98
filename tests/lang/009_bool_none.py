# bool is an int subclass; truthiness of every kind of value; None.
print(True, False, True + True, True * 10, False - 1, -True)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(''), bool('a'), bool([]), bool([0]))
print(bool({}), bool({0: 0}), bool(()), bool((0,)), bool(None), bool(range(0)))
print(None, repr(None), str(None), type(None), None is None, None == 0)
print(isinstance(True, int), True == 1, False == 0)
print(not 0, not 'x', not None, 1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 'd', '' and 'e')
print(str(True), repr(False), int(True), float(True), True / 2)
x = None
if not x:
    print('falsy None')
