# NameError in a traceback gets a "Did you mean" suggestion on 3.10+.
values = [1, 2, 3]
print(len(values))
print(valeus)
