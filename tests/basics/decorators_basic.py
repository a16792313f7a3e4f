def trace(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args)
        r = fn(*args, **kwargs)
        print("returned", r)
        return r
    return wrapper
@trace
def add(a, b):
    return a + b
add(1, 2)
print(add.__name__)
def twice(fn):
    def w(x):
        return fn(fn(x))
    return w
@twice
@twice
def inc(x):
    return x + 1
print(inc(0))
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def alpha(): pass
@register
def beta(): pass
print(registry)
print(alpha())
