def f(a, b, c, d):
    return [a, b, c, d]
print(f(1, *[2, 3], d=4))
print(f(*(1, 2), *(3, 4)))
print(f(1, 2, **{"d": 4, "c": 3}))
print(f(*range(2), **dict(c=5, d=6)))
def g(*args, sep="-"):
    return sep.join(map(str, args))
print(g(1, 2, 3))
print(g(*"abc", sep="+"))
def order():
    log = []
    def v(x):
        log.append(x)
        return x
    f(v(1), v(2), d=v(4), c=v(3))
    return log
print(order())
