x = "global x"
def a():
    x = "a's x"
    def b():
        global x
        x = "set by b"
        def c():
            return x
        return c()
    r = b()
    return r, x
print(a(), x)
def counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def reset():
        nonlocal count
        count = 0
    return inc, reset
inc, reset = counter()
inc(); inc(5)
print(inc())
reset()
print(inc())
def loop_nonlocal():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for i in range(5):
        add(i)
    return total
print(loop_nonlocal())
y = 0
def gen_global():
    global y
    for i in range(3):
        y += i
        yield y
print(list(gen_global()), y)
def class_in_func():
    v = 1
    class C:
        nonlocal v
        v = 2
    return v
print(class_in_func())
