is = 1
