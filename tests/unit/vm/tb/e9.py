x = [i * 2 for i in range(3)]
y = [1 / (i - 1) for i in x]
