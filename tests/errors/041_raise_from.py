# An explicitly chained exception: both tracebacks are printed.
def load(key):
    data = {'a': 1}
    try:
        return data[key]
    except KeyError as e:
        raise LookupError('no setting ' + repr(key)) from e
load('b')
