def outer():
    x = 1
    def mid():
        def inner():
            nonlocal x
            x += 10
            return x
        return inner
    i = mid()
    print(i(), i(), x)
    x = 100
    print(i())
outer()

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc()
print(get())

g = 0
def gl():
    global g
    def inner():
        return g
    g = 5
    return inner()
print(gl(), g)

def shadow():
    x = "outer"
    def a():
        x = "a-local"
        def b():
            nonlocal x
            x = "b-set"
        b()
        return x
    return a(), x
print(shadow())
