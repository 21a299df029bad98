def f():
    print(y)
    global y
