# finally runs on return, break and continue, and a return in finally wins.
def f():
    try:
        return 'try'
    finally:
        print('finally on return')
print(f())
def g():
    try:
        return 'try'
    finally:
        return 'finally'
print(g())
def h():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(h())
for i in range(3):
    try:
        if i == 0:
            continue
        if i == 2:
            break
        print('body', i)
    finally:
        print('finally', i)
def nested():
    try:
        try:
            raise KeyError('inner')
        finally:
            print('inner finally')
    except KeyError as e:
        print('caught', e)
        return 'from except'
    finally:
        print('outer finally')
print(nested())
def counter():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print('tick', n)
print(counter())
