a, *b = [1, 2, 3]
print(a, b)
*a, b = (1, 2, 3)
print(a, b)
a, *b, c = "xyz"
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*a, = range(3)
print(a)
[a, [b, *c], *d] = [1, [2, 3, 4], 5, 6]
print(a, b, c, d)
(a, b), (c, *d) = "ab", "cde"
print(a, b, c, d)
for x, *y in [(1, 2, 3), (4,)]:
    print(x, y)
print([(p, q) for p, *q in ["abc", "d"]])
first, *_, last = range(10)
print(first, last, _)
d = {}
d["k"], *d["rest"] = 1, 2, 3
print(d)
class O: pass
o = O()
o.a, *o.b = "hey"
print(o.a, o.b)
lst = [0] * 4
lst[0], *lst[1:3] = [9, 8, 7]
print(lst)
a = b = c = 1
x, y = y, x = 1, 2
print(x, y)
