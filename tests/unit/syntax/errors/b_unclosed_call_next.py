print(len(x)
print(2)
