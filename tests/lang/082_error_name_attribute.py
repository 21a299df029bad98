# NameError and AttributeError messages (caught: no "Did you mean" in str(e)).
def use_undefined():
    return undefined_name
apple = 1
for c in [lambda: undefined_name, use_undefined, lambda: appel, lambda: pritn]:
    try:
        c()
    except NameError as e:
        print('NameError:', e, e.args)
class Foo:
    bar_baz = 1
    def __init__(self):
        self.value = 2
for c in [lambda: Foo().bar, lambda: Foo().valeu, lambda: Foo.nope, lambda: (1).real_part,
          lambda: 'str'.nope, lambda: [].push, lambda: None.attr, lambda: Foo().bar_bz]:
    try:
        c()
    except AttributeError as e:
        print('AttributeError:', e)
try:
    (1).real = 2
except AttributeError as e:
    print('AttributeError:', e)
try:
    'abc'.x = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    object().x = 1
except AttributeError as e:
    print('AttributeError:', e)
import sys
try:
    sys.no_such_attribute
except AttributeError as e:
    print('AttributeError:', e)
