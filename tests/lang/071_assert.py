# assert with and without a message.
assert True
assert 1 == 1, 'never shown'
try:
    assert 1 == 2
except AssertionError as e:
    print('AssertionError', repr(e), e.args)
try:
    assert [], 'empty list is false'
except AssertionError as e:
    print('AssertionError:', e)
try:
    x = 5
    assert x < 0, 'x=%d' % x
except AssertionError as e:
    print('AssertionError:', e, e.args)
