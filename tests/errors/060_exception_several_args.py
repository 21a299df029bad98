# str() of an exception with several args is the tuple.
raise ValueError('bad value', 42, [1, 2])
