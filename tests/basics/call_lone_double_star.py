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
