[]
[1]
[1, 2, 3,]
()
(1,)
(1, 2)
1, 2
{}
{1: 2, **d, 3: 4}
{1, 2, *s}
[*a, *b]
(*a, b)
x = *a, b
[x for x in y]
[x for x in y if x if z for w in x]
{k: v for k, v in items}
{x for x in y}
(x for x in y)
f(x for x in y)
[x async for x in y]
[(yield)]
