# Decorator wrappers `def w(*args, **kwargs)` forwarding with fn(*args, **kwargs):
# the wrapper sees a fresh tuple and a fresh dict it may mutate or keep.
kept = []

def keep(fn):
    def wrapper(*args, **kwargs):
        kept.append((args, kwargs))
        kwargs['seen'] = len(args)
        return fn(*args, **kwargs)
    return wrapper

@keep
def target(a, b=1, **kw):
    return (a, b, sorted(kw.items()))

print(target(1))
print(target(1, 2))
print(target(1, b=5))
print(target(a=3))
print(kept)
print(kept[0][1] is kept[1][1], type(kept[0][0]), type(kept[0][1]))

def plain(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper

@plain
def kwonly(a, *, k, m=2):
    return (a, k, m)

@plain
def posonly(a, b, /, c=3):
    return (a, b, c)

@plain
def gen(*xs):
    yield from xs

print(kwonly(1, k=2), kwonly(1, m=0, k=9))
print(posonly(1, 2), posonly(1, 2, c=7), posonly(1, 2, 4))
print(list(gen(1, 2, 3)), list(gen()))

for call in (lambda: kwonly(1), lambda: kwonly(1, 2, k=3), lambda: posonly(1, b=2),
             lambda: posonly(), lambda: kwonly(1, k=2, z=3), lambda: posonly(1, 2, 3, 4),
             lambda: plain(len)(), lambda: plain(len)([1], x=2)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

# arguments that were a tuple already / an empty dict / no dict
def f(*a, **k):
    return a, k

t = (1, 2)
r = f(*t)
print(r, r[0] is t, r[0] == t)
e = {}
r = f(*t, **e)
print(r, r[1] is e)
r = f(**e)
print(r, r[1] is e)
print(f(*[1, 2], **{'x': 1}), f(*'ab'), f(*range(3), y=2))

# the wrapper's dict is its own: mutating it does not touch the caller's
d = {'x': 1}
def mut(*a, **k):
    k['y'] = 2
    return k
print(mut(**d), d)

def strict(*, x):
    return x
try:
    f(*t, **{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    strict(*t)
except TypeError as e:
    print("TypeError:", e)
try:
    strict(*(), **{})
except TypeError as e:
    print("TypeError:", e)

# a forwarder called with no arguments at all, and with only keywords
print(f(), f(a=1, b=2))

# deep recursion through a forwarder still stops with RecursionError
def rec(*args, **kwargs):
    return rec(*args, **kwargs)
try:
    rec(1)
except RecursionError as e:
    print("RecursionError:", e)
def rec2(*args, **kwargs):
    return rec2(*args)
try:
    rec2()
except RecursionError as e:
    print("RecursionError:", e)
