a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
[p, q] = "hi"
print(p, q)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
h, *mid, t = "abcdef"
print(h, mid, t)
a, *b = [1]
print(a, b)
for i, *others in [(1, 2, 3), (4, 5)]:
    print(i, others)
m, n = {"k1": 1, "k2": 2}
print(m, n)
[a, [b, c]] = [1, (2, 3)]
print(a, b, c)
