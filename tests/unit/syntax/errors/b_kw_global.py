global = 1
