()
(1,)
(1, 2)
(1, 2,)
1, 2
1,
[]
[1]
[1, 2, 3,]
{}
{1: 2}
{1: 2, 3: 4,}
{1}
{1, 2}
{**a}
{**a, 'x': 1, **b}
[*a, *b]
(*a, *b)
{*a, *b}
*a, b = c
[x for x in y]
[x for x in y if x if z]
[x for x in y for z in x]
[(x, y) for x, y in z]
[x for x, in y]
{x for x in y}
{k: v for k, v in d.items()}
{k: v for k in a for v in b if k != v}
(x for x in y)
[y := f(x), y**2]
[x for x in lambda_] 
[[x for x in y] for y in z]
