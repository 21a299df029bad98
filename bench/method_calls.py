# Method calls: a bound-method call with one argument, 3,000,000 times.
class Acc:
    def __init__(self):
        self.total = 0
    def add(self, n):
        self.total += n
        return self
acc = Acc()
for i in range(3000000):
    acc.add(i)
print(acc.total)
