# An uncaught KeyError.
prices = {'apple': 3, 'pear': 4}
total = prices['apple'] + prices['banana']
