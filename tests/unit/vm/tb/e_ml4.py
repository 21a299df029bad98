class A:
    def m(self, *a): return 1 / 0
def g():
    return (A()
            .m(1,
               2,
               3,
               4))
g()
