def f(a, b, c):
    pass
def k(*, x, y, z):
    pass
def m(a, b=1, *, c, d=2):
    pass
cases = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, 3, 4, 5),
    lambda: k(),
    lambda: k(x=1),
    lambda: k(1),
    lambda: m(),
    lambda: m(1),
    lambda: m(1, 2, 3),
    lambda: m(1, 2, 3, c=1),
    lambda: f(1, 2, 3, a=1),
    lambda: f(1, 2, q=3),
    lambda: k(x=1, y=2, z=3, w=4),
    lambda: f(*[1, 2], **{"c": 3, "b": 4}),
]
for c in cases:
    try:
        c()
        print("ok")
    except TypeError as e:
        print(e)
