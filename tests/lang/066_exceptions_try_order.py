# try / except / else / finally: which blocks run, in which order.
def run(raise_it):
    try:
        print('try')
        if raise_it:
            raise ValueError('bad')
    except ValueError as e:
        print('except', e)
    else:
        print('else')
    finally:
        print('finally')
    print('after')
run(False)
run(True)
try:
    try:
        raise KeyError('k')
    except ValueError:
        print('wrong handler')
    finally:
        print('inner finally')
except KeyError as e:
    print('outer caught', repr(e))
try:
    1 / 0
except (TypeError, ZeroDivisionError) as e:
    print('tuple of types:', type(e).__name__)
try:
    [][0]
except LookupError as e:
    print('base class catches', type(e).__name__)
try:
    raise RuntimeError
except Exception as e:
    print('class raised:', repr(e), str(e) == '')
try:
    int('x')
except:
    print('bare except')
e = 'before'
try:
    raise ValueError('bound')
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print('NameError:', err)
