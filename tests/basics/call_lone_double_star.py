# f(**m) and f(*a, **m) with one mapping and no other keyword: the call reads an exact dict
# in place and copies anything else first; what the callee sees and every error are unchanged.
def show(*args, **kwargs):
    return args, kwargs

def keep(**kw):
    kw["added"] = 1
    return kw

d = {"a": 1, "b": 2}
print(show(**d), show(*(1, 2), **d), show(*[], **{}))
k = keep(**d)
print(k, d, k is d)                     # the callee's **kw is a new dict
print(keep(**{}) is keep(**{}))

class Sub(dict):
    def keys(self):
        return ["x"]
    def __getitem__(self, key):
        return "via getitem"

print(show(**Sub(x=0, y=1)))            # a dict subclass: its storage, as CPython

class Mapping:
    def __init__(self):
        self.log = []
    def keys(self):
        self.log.append("keys")
        return ["p", "q"]
    def __getitem__(self, key):
        self.log.append(key)
        return key.upper()

m = Mapping()
print(show(**m), m.log)

def gen(log):
    log.append("args iterated")
    yield 1

log = []
class Logged(Mapping):
    def keys(self):
        log.append("keys")
        return ["z"]
print(show(*gen(log), **Logged()), log)   # the mapping is read before the * iterable

def g(a, b=10, *, c=20):
    return a + b + c

print(g(**{"a": 1}), g(1, **{"c": 3}), g(*[1, 2], **{"c": 3}))

class A:
    def m(self, **k):
        return sorted(k)

print(A().m(**{"u": 1, "v": 2}), A.m(A(), **{"w": 3}))

def err(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

err(lambda: g(**1))
err(lambda: g(*1, **1))
err(lambda: g(*1, **{}))
err(lambda: g(**[1, 2]))
err(lambda: A().m(**None))
err(lambda: print(**1))
err(lambda: g(**{1: 2}))
err(lambda: g(**{"a": 1, "zz": 2}))
err(lambda: g(1, **{"a": 2}))
err(lambda: g(**{}))
err(lambda: len(**{"obj": []}))
print(dict(**{"k": 1}), max(*[3, 9], **{"key": lambda v: -v}))

def mutate(**kw):
    d.clear()
    return kw

d = {"a": 1}
print(mutate(**d), d)

def deco(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper

@deco
def add(a, b=1):
    return a + b

print(add(1), add(1, b=5), add(a=2), add(*(3, 4)))
err(lambda: add(1, c=2))

# f(*args, **d) of a Python function binds from the tuple and the dict directly
def full(a, b=2, /, c=3, *rest, d, e=5, **more):
    return a, b, c, rest, d, e, more

print(full(*(1,), **{"d": 4}))
print(full(*(1, 2, 3, 4), **{"d": 0, "z": 9, "c2": 8}))
print(full(*(1,), **{"c": 30, "d": 40, "e": 50}))
print(full(*(1,), **{"d": 1, "a": "posonly name goes to **more"}))
err(lambda: full(*(), **{"d": 1}))
err(lambda: full(*(1, 2, 3), **{"c": 1, "d": 2}))
err(lambda: full(*(1,), **{"e": 1}))

def plain(a, /, b):
    return a, b

err(lambda: plain(*(1,), **{"a": 1, "b": 2}))
err(lambda: plain(*(1,), **{"x": 1}))
err(lambda: plain(*(1, 2, 3), **{"b": 2}))

class K(str):
    def __hash__(self):
        return hash(str(self))
    def __eq__(self, other):
        return str(self) == str(other)

print(plain(*(1,), **{K("b"): 2}), full(*(1,), **{K("d"): 4, K("q"): 0}))

def kwonly(*, x, y=0):
    return x, y

print(kwonly(*(), **{"x": 1}), kwonly(*[], **{"y": 2, "x": 1}))
err(lambda: kwonly(*(1,), **{"x": 1}))
err(lambda: kwonly(*(), **{"y": 1}))

def gen(*a, **k):
    yield a, k

print(next(gen(*(1,), **{"k": 2})))
for n in range(3):
    print(add(*(n,), **{"b": n * 10}), add(**{"a": n}))

# naming the callable in these messages: an error other than AttributeError propagates
class BadName:
    def __getattr__(self, name):
        if name == "__qualname__":
            raise KeyError("qualname lookup")
        raise AttributeError(name)
    def __call__(self, *a, **k):
        return 1

class NoName:
    def __call__(self, *a, **k):
        return 1
    def __repr__(self):
        return "<NoName>"

for f in (BadName(), NoName()):
    for call in (lambda: f(**1), lambda: f(*1), lambda: f(*[], **1)):
        try:
            call()
        except Exception as e:
            print(type(e).__name__, e)
