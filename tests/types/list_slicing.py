l = list(range(10))
print(l[2:5], l[:3], l[7:], l[-3:], l[:-7], l[::3], l[1::2], l[::-2], l[8:2:-2], l[-1:-4:-1])
print(l[5:2], l[100:200], l[-100:3])
m = l[:]
m[2:5] = ["a"]
print(m)
m[:0] = [-2, -1]
print(m)
m[len(m):] = [100]
print(m)
m[1:3] = []
print(m)
m[::2] = [0] * len(m[::2])
print(m)
del m[::3]
print(m)
n = [1, 2, 3]
n[1:2] = "xyz"
print(n)
n[:] = (9, 8)
print(n)
print(l[slice(1, 8, 3)], l[slice(None)], l[slice(-2, None)])
