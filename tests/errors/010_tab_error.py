# TabError: tabs and spaces mixed inconsistently.
if True:
	a = 1
        b = 2
