# versions: 3.8 3.10 3.11 3.12 3.13
import sys
import warnings

V = tuple(sys.version_info)[:2]


class MyWarning(UserWarning):
    pass


def old_api():
    warnings.warn('old_api is deprecated', DeprecationWarning, stacklevel=2)


def noisy():
    warnings.warn('inside noisy')


print('start')
sys.stdout.flush()
warnings.warn('first warning')
for i in range(3):
    warnings.warn('in a loop')
noisy()
noisy()
old_api()
warnings.warn(MyWarning('custom instance'))
warnings.warn('runtime', RuntimeWarning)
warnings.warn('pending-ish', FutureWarning)
warnings.warn('silenced deprecation', DeprecationWarning, stacklevel=1)
print(warnings.formatwarning('msg', UserWarning, 'file.py', 12, 'x = 1'), end='')
print(repr(warnings.formatwarning('msg', MyWarning, 'file.py', 3, '')))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('recorded one')
    warnings.warn('recorded two', SyntaxWarning)
    noisy()
    noisy()
    print(len(w), [str(m.message) for m in w], w[1].category.__name__, w[0].lineno > 0)
    print(type(w[0].message).__name__, w[0].filename == __file__ or w[0].filename)
    print(str(w[0]).startswith("{message : UserWarning('recorded one'), category : 'UserWarning'"))

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('now an error')
    except UserWarning as e:
        print('raised', type(e).__name__, e)
    try:
        warnings.warn('rt', RuntimeWarning)
    except RuntimeWarning as e:
        print('raised', repr(e))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('ignore')
    warnings.filterwarnings('always', message='keep')
    warnings.warn('drop me')
    warnings.warn('KEEP this one')
    warnings.warn('keep also')
    warnings.warn('not keep')
    print([str(m.message) for m in w])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('ignore')
    warnings.filterwarnings('always', category=MyWarning)
    warnings.warn('plain')
    warnings.warn('mine', MyWarning)
    warnings.filterwarnings('error', message='boom.*x$')
    try:
        warnings.warn('boom-ax')
    except UserWarning as e:
        print('boom raised', e)
    warnings.warn('boom-axe')
    print([str(m.message) for m in w])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('once')
    for i in range(3):
        warnings.warn('only once')
    warnings.simplefilter('module')
    for i in range(2):
        warnings.warn('per module')
    print(len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.resetwarnings()
    warnings.warn('after reset', DeprecationWarning)
    print([str(m.message) for m in w])


def show(message, category, filename, lineno, file=None, line=None):
    print('SHOW:', category.__name__, message, lineno > 0)


with warnings.catch_warnings():
    warnings.showwarning = show
    warnings.simplefilter('always')
    warnings.warn('through my hook')
print(warnings.showwarning is show)
try:
    warnings.simplefilter('bogus')
except (AssertionError, ValueError) as e:
    print(type(e).__name__, e)
try:
    warnings.filterwarnings('ignore', lineno=-1)
except (AssertionError, ValueError) as e:
    print(type(e).__name__, e)
try:
    warnings.warn('x', int)
except TypeError as e:
    print('TypeError', e)
if V >= (3, 11):
    with warnings.catch_warnings(action='error'):
        try:
            warnings.warn('from action')
        except UserWarning as e:
            print('action raised', e)
sys.stderr.flush()
print('end')
