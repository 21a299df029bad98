class Account:
    def withdraw(self, amount):
        raise ValueError(f"cannot withdraw {amount}")
def main():
    acct = Account()
    acct.withdraw(
        100)
main()
