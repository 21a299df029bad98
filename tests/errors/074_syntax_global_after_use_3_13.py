# version: 3.13
# A global declaration after the name was used.
def show():
    print(total)
    global total
