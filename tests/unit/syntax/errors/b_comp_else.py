x = [i for i in y if i else 0]
