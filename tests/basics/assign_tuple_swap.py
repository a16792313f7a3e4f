def f(x, y):
    while y:
        x, y = y, x % y
    return x
print(f(48, 18))
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
[a, b] = b, a
print(a, b)
l = [0, 1]
l[0], l[1] = l[1], l[0]
print(l)
i = 0
i, l[i] = 1, 5
print(i, l)
class O: pass
o = O()
o.x, o.y = 1, 2
o.x, o.y = o.y, o.x
print(o.x, o.y)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print(e)
try:
    a, b = (x, y, z) = 1, 2
except ValueError as e:
    print(e)
def g():
    x, y = y, 1
try:
    g()
except UnboundLocalError as e:
    print(e)
