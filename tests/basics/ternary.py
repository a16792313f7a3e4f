for x in range(-2, 3):
    s = "pos" if x > 0 else "zero" if x == 0 else "neg"
    print(x, s)
a = [] or "default"
print(a)
b = 0 and 1 / 0
print(b)
c = 3 and "three"
print(c)
print(None or 0 or "" or [] or "last")
print(1 and 2 and 3)
print(not 0, not 1, not "", not "a")
print((lambda v: "even" if v % 2 == 0 else "odd")(7))
y = 10
z = y if y > 5 else -y
print(z)
