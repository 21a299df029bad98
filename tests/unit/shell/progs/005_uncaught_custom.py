# An uncaught exception of a user class: traceback, status 1, stdout flushed first.
class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__(f'need {needed} more')
        self.needed = needed
def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(amount - balance)
    return balance - amount
print(withdraw(10, 3))
print(withdraw(10, 30))
