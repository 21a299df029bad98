# version: 3.13
# 3.13 tracebacks.
class Account:
    def __init__(self):
        self.balance = 10
print(Account().balanse)
