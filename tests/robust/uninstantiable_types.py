# Built-in types that cannot be instantiated from Python must raise TypeError when called;
# taipan creates uninitialised objects and then dereferences NULL in repr/next.
import sys
def gen():
    yield
for T in [type(gen()), type(iter([])), type(iter(range(1))), type({}.keys()), type(iter({})),
          type(print), type([].append), type(int.__add__), type(str.join),
          type(type.__dict__["__name__"])]:
    try:
        x = T()
        print(T.__name__, "created", type(x).__name__)
        repr(x)
        next(x)
    except (TypeError, StopIteration) as e:
        print(T.__name__, type(e).__name__, e)
try:
    f = type(gen).__new__(type(gen))
    f()
except TypeError as e:
    print(e)
