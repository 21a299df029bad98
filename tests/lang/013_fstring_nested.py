# f-strings: nested replacement fields in specs, the = specifier, multi-line.
width, prec, val = 10, 3, 2.718281828
print(f'[{val:{width}.{prec}f}]')
print(f'[{val:>{width}}]', f'[{"mid":{"*"}^{width}}]')
x = 5
y = [1, 2]
print(f'{x=}', f'{x = }', f'{x=:03}', f'{y=!s}', f'{x*2=}')
print(f'{x!r:>4}|')
inner = f'{f"{x}"}'
print(inner, f"{'nested' + f'{x}'}")
msg = (
    f'a={x} '
    f'b={x + 1}'
)
print(msg)
items = ['a', 'b']
print(f'{", ".join(items)}', f'{len(items)=}')
fmt = '>8'
print(f'{"r":{fmt}}|')
