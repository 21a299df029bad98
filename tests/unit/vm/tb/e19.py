lst = [1, 2]
lst[0] = lst[5]
