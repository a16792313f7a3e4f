x = 1
y = x + 2
print(x, y)
a = b = c = 7
print(a, b, c)
x += 5
print(x)
x -= 2
x *= 3
print(x)
x //= 4
print(x)
x **= 3
print(x)
x %= 7
print(x)
s = "ab"
s *= 3
print(s)
l = [1]
l += [2, 3]
print(l)
