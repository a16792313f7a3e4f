def repeat(n):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))
def tag(name):
    def deco(fn):
        fn.tag = name
        return fn
    return deco
@tag("special")
def f():
    return 1
print(f.tag, f())
order = []
def mark(label):
    order.append("make " + label)
    def deco(fn):
        order.append("apply " + label)
        return fn
    return deco
@mark("outer")
@mark("inner")
def g(): pass
print(order)
@(lambda fn: lambda: fn() * 2)
def h():
    return 21
print(h())
