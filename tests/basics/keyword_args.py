def f(a, b, c=0):
    return a * 100 + b * 10 + c
print(f(1, 2))
print(f(b=2, a=1))
print(f(1, c=5, b=3))
def g(*, x, y=2):
    return x + y
print(g(x=1))
print(g(y=10, x=1))
def h(a, /, b, *, c):
    return (a, b, c)
print(h(1, 2, c=3))
print(h(1, b=2, c=3))
def kwonly_default(a, *args, flag=False, **kw):
    return a, args, flag, sorted(kw.items())
print(kwonly_default(1, 2, 3, flag=True, z=1, y=2))
print(kwonly_default(0))
