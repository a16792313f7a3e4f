l = [1, 2, 3, 2, 1]
print(l.count(2), l.index(2), l.index(2, 2), l.index(1, 1, 5))
c = l.copy()
c.append(9)
print(l, c)
nested = [[0]] * 3
nested[0].append(1)
print(nested)
fresh = [[0] for _ in range(3)]
fresh[0].append(1)
print(fresh)
a = [1, 2]
a.extend(range(3))
a.extend("xy")
a.extend((7,))
print(a)
a[len(a):] = [0]
print(a, len(a))
print(list(reversed(a)), a[::-1] == list(reversed(a)))
b = [5, 4]
b += "ab"
print(b)
print([1, [2, [3]]][1][1][0])
x = [1, 2, 3]
x.insert(-10, 0)
print(x)
