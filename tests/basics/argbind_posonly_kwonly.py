def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, kw)
print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6, z=7))
print(f(1, d=4, a=9))
print(f(1, d=4, b=8))
tests = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, 3, c=4, d=5),
    lambda: f(d=1),
    lambda: f(1, d=2, d2=3, e=4, **{"e": 5}),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError", e)
def g(a, /):
    return a
try:
    g(a=1)
except TypeError as e:
    print("TypeError", e)
def h(a, b, /, c):
    return a
try:
    h(1, b=2, c=3)
except TypeError as e:
    print("TypeError", e)
try:
    h(a=1, b=2, c=3)
except TypeError as e:
    print("TypeError", e)
