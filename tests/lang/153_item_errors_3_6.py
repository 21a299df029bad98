# version: 3.6
class C: pass
class K:
    def __getitem__(s, k): return k
cases = [
 ("del 'abc'[0]", None), ("del 'abc'['x']", None), ("del (1,2)[0]", None), ("del (1,2)[1:]", None),
 ("del C()[0]", None), ("del C()['a']", None), ("del K()[0]", None), ("del (5)[0]", None),
 ("del frozenset()[0]", None), ("del range(3)[0]", None), ("del b'ab'[0]", None),
 ("'abc'[0] = 1", None), ("(1,)[0] = 1", None), ("C()[0] = 1", None), ("K()[0]=1", None),
 ("(5)[0] = 1", None), ("range(3)[0] = 1", None), ("b'a'[0]=1", None), ("frozenset()[0]=1", None),
 ("(5)[0]", None), ("C()[0]", None), ("C[0]", None), ("None[0]", None), ("(lambda:0)[0]", None),
 ("'abc'['x']", None), ("(1,2)['x']", None), ("[1]['x']", None), ("{1}[0]", None), ("len[0]", None),
 ("int[0] = 1", None), ("del int[0]", None), ("(1,2)[1.0]", None), ("'a'[None]", None),
]
for src, _ in cases:
    try:
        exec(src)
    except Exception as e:
        print(src, '->', type(e).__name__, e)
class M(type): pass
class D(metaclass=M): pass
for f in (lambda: D[0], lambda: D()[0], lambda: frozenset()[0], lambda: D()['k']):
    try: f()
    except TypeError as e: print(e)
