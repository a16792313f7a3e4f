# object.__new__(T) for a built-in T with its own layout must raise TypeError ("is not safe");
# taipan returns an uninitialised object whose first use dereferences NULL.
import sys
def gen():
    yield
for T in [set, frozenset, type, BaseException, KeyError, ExceptionGroup, zip, map, super,
          type(sys), type({}.keys()), type(gen()), type(lambda: 0), type(print), type([].append),
          type(int.__add__), type(str.join), type(type.__dict__["__name__"])]:
    try:
        x = object.__new__(T)
    except TypeError as e:
        print(e)
        continue
    try:
        repr(x)
        print(T.__name__, "created")
    except Exception as e:
        print(T.__name__, type(e).__name__)
