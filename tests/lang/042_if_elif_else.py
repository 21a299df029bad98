# if / elif / else and conditional expressions.
for n in [-5, 0, 3, 10, 100]:
    if n < 0:
        print(n, 'negative')
    elif n == 0:
        print(n, 'zero')
    elif n < 10:
        print(n, 'small')
    else:
        print(n, 'large')
x = 7
if x: print('one-line if')
if x > 100: print('no')
else: print('else branch')
print('yes' if x else 'no', 'a' if 0 else 'b' if 0 else 'c')
if []:
    pass
elif {}:
    pass
else:
    print('empty containers are false')
