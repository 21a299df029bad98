# A traceback through methods, a lambda and a comprehension.
class Pipeline:
    def __init__(self, steps):
        self.steps = steps
    def run(self, x):
        for step in self.steps:
            x = step(x)
        return x
p = Pipeline([lambda v: v * 2, lambda v: [10 // d for d in range(v, -1, -1)]])
print(p.run(1))
