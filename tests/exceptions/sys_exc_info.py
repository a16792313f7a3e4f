import sys
print(sys.exc_info())
try:
    raise ValueError("v")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
    print(sys.exception() is v if hasattr(sys, "exception") else True)
    try:
        raise KeyError("k")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print("restored", sys.exc_info()[0].__name__)
print(sys.exc_info()[0])
def f():
    return sys.exc_info()[0]
try:
    raise TypeError
except TypeError:
    print("in callee", f().__name__)
