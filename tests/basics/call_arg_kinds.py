# Argument kinds through the general binder (keywords, *args, **kwargs, keyword-only, positional-only)
# next to the plain positional calls, forwarding decorators, and CPython's messages for wrong calls.
import sys


def show(*a, **k):
    return a, sorted(k.items())


def po(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)


def fwd(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@fwd
def target(a, b=1, *rest, key=None, **extra):
    return (a, b, rest, key, sorted(extra.items()))


print(po(1, 2, 3, e=5), po(1, 2, c=3, e=5, f=7), po(1, 2, 3, 4, e=0))
print(show(), show(1), show(1, x=2), show(*[1, 2], **{"y": 3}))
print(target(1), target(1, 2), target(1, 2, 3, 4), target(1, key=5), target(a=1, zz=2))
print(target(*(1, 2)), target(*(), **{"a": 9}), target(1, **{}), target(*[7], b=8))

# the forwarded dict and tuple are fresh objects for the callee
def mutate(*args, **kwargs):
    kwargs["added"] = 1
    return args, kwargs

d = {"x": 1}
t = (1, 2)
r = mutate(*t, **d)
print(r, d, r[0] is t)

# keyword names that are not plain strs, or not identifiers
class S(str):
    pass

print(show(**{S("sub"): 1}))
print(show(**{"not an identifier": 2}))
try:
    show(**{1: 2})
except TypeError as e:
    print("TypeError:", e)

# wrong calls
cases = [
    lambda: po(1, 2, e=5),
    lambda: po(1, 2, 3),
    lambda: po(a=1, b=2, c=3, e=4),
    lambda: po(1, 2, 3, 4, 5, e=6),
    lambda: po(1, 2, 3, c=3, e=5),
    lambda: po(1, 2, 3, e=5, g=6),
    lambda: target(),
    lambda: target(1, a=2),
    lambda: fwd(po)(1),
    lambda: fwd(po)(1, 2, 3, 4, 5, 6),
    lambda: (lambda: 0)(1),
    lambda: (lambda x, y=1: 0)(),
    lambda: (lambda x, y=1: 0)(1, 2, 3),
    lambda: (lambda *, k: 0)(),
    lambda: (lambda *, k: 0)(1),
    lambda: (lambda a, *, k: 0)(1, 2, k=3),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)

# a method's binding errors count self
class C:
    def m(self, a, *, k=1):
        return (a, k)

try:
    C().m(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    C.m()
except TypeError as e:
    print("TypeError:", e)
print(C().m(1, k=2), C.m(C(), 3))

# recursion through forwarding wrappers and keyword calls still stops at the limit
@fwd
def deep(n, step=1):
    return deep(n + step, step=step)

try:
    deep(0)
except RecursionError as e:
    print("RecursionError:", e)

def kwdeep(n, *, k):
    return kwdeep(n + 1, k=k)

try:
    kwdeep(0, k=1)
except RecursionError as e:
    print("RecursionError:", e)

# generator functions called with keywords and defaults
def g(a, b=2, *, c=3):
    yield a
    yield b
    yield c

print(list(g(1)), list(g(1, c=9)), list(g(b=5, a=4)))
print(sys.getrecursionlimit() > 0)
