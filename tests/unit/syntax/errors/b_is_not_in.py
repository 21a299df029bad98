x is not in y
