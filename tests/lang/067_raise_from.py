# raise ... from ...: __cause__, __context__, __suppress_context__; re-raise.
try:
    try:
        {}['key']
    except KeyError as e:
        raise ValueError('converted') from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError('implicit chain')
except TypeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError('no chain') from None
except TypeError as e:
    print(repr(e.__cause__), type(e.__context__).__name__, e.__suppress_context__)
def reraise():
    try:
        raise IndexError('original')
    except IndexError:
        print('handling, then re-raising')
        raise
try:
    reraise()
except IndexError as e:
    print('re-raised:', e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
err = KeyError('made earlier')
try:
    raise err
except KeyError as e:
    print(e is err)
try:
    raise 5
except TypeError as e:
    print('TypeError:', e)
