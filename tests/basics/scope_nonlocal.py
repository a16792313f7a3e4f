def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    inc(); inc()
    return n, inc
n, f = outer()
print(n, f(), f())
def a():
    x = 1
    def b():
        def c():
            nonlocal x
            x += 10
        c()
    b()
    return x
print(a())
def counter():
    count = 0
    def get():
        return count
    def bump():
        nonlocal count
        count += 1
    return get, bump
g, b = counter()
b(); b(); b()
print(g())
