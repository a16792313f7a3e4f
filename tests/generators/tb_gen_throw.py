# An exception thrown into a generator and not handled: the traceback shows the throw() call
# and the yield where it was raised.
def inner():
    yield 1

def outer():
    yield from inner()

g = outer()
next(g)
g.throw(ValueError("thrown in"))
