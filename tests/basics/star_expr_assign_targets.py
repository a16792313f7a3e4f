a = [0] * 5
a[1:3] = [9, 9, 9]
print(a)
a[::2] = "xyz"
print(a)
d = {}
d["x"], d["y"] = 1, 2
print(d)
class O: pass
o = O()
o.p, o.q = "pq"
print(o.p, o.q)
m = [[0, 0], [0, 0]]
m[0][1] = m[1][0] = 5
print(m)
i = 0
l = [10, 20]
i, l[i] = 1, 99
print(i, l)
x, y = y, x = 1, 2
print(x, y)
