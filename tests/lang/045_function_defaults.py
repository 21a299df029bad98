# Default arguments: evaluated once, shared mutable defaults, keyword calls.
def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct
print(greet('Ann'), greet('Bob', 'Hi'), greet('Cy', punct='?'), greet(punct='.', name='Di'))
def append(x, acc=[]):
    acc.append(x)
    return acc
print(append(1), append(2), append(3, []))
counter = 0
def default():
    global counter
    counter += 1
    return counter
def f(a=default()):
    return a
print(f(), f(), counter)
print(greet.__defaults__, greet.__name__, f.__defaults__)
def nothing():
    pass
print(nothing(), nothing.__name__)
def early(x):
    if x:
        return 'early'
    print('fell through')
print(early(1), early(0))
def multi():
    return 1, 2
print(multi(), type(multi()))
