# A global declaration after the name was assigned.
def bump():
    counter = 1
    global counter
    counter += 1
