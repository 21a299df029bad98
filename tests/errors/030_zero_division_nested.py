# An uncaught ZeroDivisionError three calls deep; stdout printed before it is kept.
def ratio(a, b):
    return a / b
def average(values):
    return ratio(sum(values), len(values))
def report(values):
    print('reporting', values)
    return average(values)
print(report([1, 2, 3]))
print(report([]))
print('never')
