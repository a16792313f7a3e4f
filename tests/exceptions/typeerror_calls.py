def f(a, b):
    return a + b
def g(a, b=1, *, c):
    pass
def h(x, /):
    pass
def k(*, only):
    pass
cases = [
    lambda: f(1, 2, 3), lambda: f(1), lambda: f(), lambda: f(1, 2, c=3), lambda: f(1, a=1),
    lambda: g(1), lambda: g(1, 2, 3, c=1), lambda: g(c=1), lambda: h(x=1), lambda: k(1),
    lambda: k(), lambda: f(**{"a": 1, "b": 2, "z": 3}), lambda: f(*[1, 2, 3, 4]),
    lambda: (lambda: 0)(1), lambda: (lambda x, y: 0)(1), lambda: f(1, 2, a=3, b=4),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    f(1, **{"b": 2}, **{"b": 3})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
