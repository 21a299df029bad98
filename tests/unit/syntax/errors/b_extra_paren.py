print('hi'))
