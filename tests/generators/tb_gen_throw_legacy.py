# The legacy three-argument throw(type, value, tb) form, uncaught.
def gen():
    try:
        yield 1
    finally:
        print("cleanup")

g = gen()
next(g)
try:
    g.throw(KeyError, "k")
except KeyError as e:
    print("caught", repr(e))
g = gen()
next(g)
g.throw(TypeError, TypeError("legacy"), None)
