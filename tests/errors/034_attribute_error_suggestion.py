# AttributeError on an instance, with a suggestion.
class Account:
    def __init__(self):
        self.balance = 10
a = Account()
print(a.balance)
print(a.balanse)
