# UnboundLocalError: assignment anywhere in a function makes a name local.
x = 'global'
def reads_then_assigns():
    print(x)
    x = 'local'
def aug():
    x += '!'
def conditional(flag):
    if flag:
        y = 1
    return y
def closure():
    def inner():
        return z
    try:
        return inner()
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)
    z = 1
for c in [reads_then_assigns, aug, lambda: conditional(False)]:
    try:
        c()
    except UnboundLocalError as e:
        print('UnboundLocalError:', e, isinstance(e, NameError))
print(conditional(True), closure())
