# f-strings: expressions, conversions and format specs.
name, n, x = 'Ada', 42, 3.14159
print(f'{name} has {n} items')
print(f'{name!r} {name!s} {name!a} {"é"!a}')
print(f'{n:5}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:+}|{-n:+}')
print(f'{x:.2f} {x:10.3f} {x:e} {x:.1%} {x:g}')
print(f'{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b} {1234567:,} {1234567:_}')
print(f'{1 + 2} {[1, 2][0]} {"abc".upper()} {n * 2 if n else 0}')
print(f'{{braces}} {{{n}}}')
print(F'upper F', rf'raw {n}\n', fr'{n}\t')
d = {'k': 'v'}
print(f"{d['k']} {d!r}")
print(f'{"quoted"} {len("abc")}')
print(f'{3.0} {1e20} {None} {True} {[1, "a"]}')
