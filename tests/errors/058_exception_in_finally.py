# finally runs before the traceback is printed.
def work():
    try:
        print('working')
        raise KeyError('job')
    finally:
        print('cleaning up')
work()
