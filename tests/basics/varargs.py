def f(*args):
    return args
print(f())
print(f(1))
print(f(1, 2, 3))
def g(first, *rest):
    return first, rest
print(g(1, 2, 3))
def kw(**kwargs):
    return sorted(kwargs.items())
print(kw(a=1, b=2))
print(kw())
def both(*a, **k):
    return len(a), len(k)
print(both(1, 2, x=3))
args = [1, 2, 3]
print(f(*args))
print(f(0, *args, 4, *args))
d = {"a": 1, "b": 2}
print(kw(**d))
print(kw(**d, c=3, **{"e": 5}))
def three(a, b, c):
    return a - b - c
print(three(*[10, 3], **{"c": 2}))
print(type(f()).__name__)
