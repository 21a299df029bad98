# A continue statement outside any loop.
for i in range(2):
    print(i)
continue
