# version: 3.10
# Reading a misspelt attribute of an ordinary instance (suggestions).
class Account:
    def __init__(self):
        self.balance = 10
a = Account()
print(a.balance)
print(a.balanse)
