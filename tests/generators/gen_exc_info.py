import sys
def g():
    print("start", sys.exc_info()[0])
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0]
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]

it = g()
print(next(it))
print("outside", sys.exc_info()[0])
try:
    raise ValueError
except ValueError:
    print(next(it))
    print("handler", sys.exc_info()[0])
print(next(it))

def reraiser():
    try:
        yield
    except ZeroDivisionError:
        raise
r = reraiser()
next(r)
try:
    r.throw(ZeroDivisionError("z"))
except ZeroDivisionError as e:
    print("context", repr(e.__context__))

def ctx():
    try:
        yield
    finally:
        raise RuntimeError("in finally")
c = ctx(); next(c)
try:
    try:
        raise IndexError("outer")
    except IndexError:
        c.close()
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__context__))
