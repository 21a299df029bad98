class A:
    def f(self):
        if x:
            for i in y:
                print(i
        return 1
