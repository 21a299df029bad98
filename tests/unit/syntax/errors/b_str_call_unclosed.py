print('hello world)
