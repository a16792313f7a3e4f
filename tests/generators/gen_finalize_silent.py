# Unfinished generators that the collector frees without closing them (nothing could observe
# the close) next to ones it must close: try/finally, with, except GeneratorExit, yield from a
# generator that is still reachable, generators referenced by other collected objects.
import gc

class CM:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("exit", self.tag, exc[0].__name__ if exc[0] else None)
        return False

def plain(n):
    for i in range(n):
        yield i

def after_try(n):
    try:
        yield "in try"
    finally:
        print("finally ran while running", n)
    yield "after try"
    yield "never"

def with_block(tag):
    with CM(tag):
        yield 1
        yield 2

def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        raise

def sub_gen():
    try:
        yield "sub 1"
        yield "sub 2"
    finally:
        print("sub finally")

def outer(s):
    yield from s

# never started, and suspended with nothing to unwind: freed quietly
gens = [plain(5) for _ in range(3)]
print(next(gens[1]), next(gens[2]), next(gens[2]))
del gens
print(next(x for x in range(10) if x > 3))
print(any(x > 2 for x in range(10)))
gc.collect()
print("quiet ones gone")

def run_after_try():
    g = after_try(1)
    print(next(g))
    print(next(g))

def run_with():
    g = with_block("w")
    print(next(g))

def run_catcher():
    g = catcher()
    next(g)

def run_outer(s):
    o = outer(s)
    print(next(o))

run_after_try()
gc.collect()
print("suspended after the try: nothing printed")
run_with()
gc.collect()
print("with: __exit__ ran")
run_catcher()
gc.collect()
s = sub_gen()
run_outer(s)
gc.collect()
print("sub closed by its delegating generator:", list(s))

class Holder:
    def __init__(self, g):
        self.g = g
    def __del__(self):
        print("holder __del__ sees", next(self.g))

def run_holder():
    h = Holder(plain(3))
    next(h.g)

run_holder()
gc.collect()
print("done", sum(1 for _ in range(5)))
for i in range(20000):
    next(x for x in range(3))
gc.collect()
print("many")
