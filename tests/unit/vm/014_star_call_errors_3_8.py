# version: 3.8
# Non-iterables after * and non-mappings after ** in calls: the callable's description per version.
def f(*a, **k): pass
for c in [lambda: f(*5), lambda: f(1, *5), lambda: f(*[1], *5), lambda: f(*5, 1), lambda: f(**5), lambda: f(a=1, **5), lambda: f(**{}, **5), lambda: [*5], lambda: (1, *5), lambda: {**5}, lambda: print(*5)]:
    try:
        c()
    except TypeError as e:
        print(e)
class K:
    def m(self, *a): pass
    def __call__(self, *a): pass
for c in [lambda: K().m(*5), lambda: K.m(*5), lambda: K().m(**5), lambda: len(*5), lambda: "a".join(*5), lambda: K(*5), lambda: int(*5)]:
    try: c()
    except TypeError as e: print(e)
