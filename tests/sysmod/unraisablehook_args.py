# sys.__unraisablehook__ called directly, and the UnraisableHookArgs type (a struct sequence).
import gc
import sys

U = None


def grab(u):
    global U
    U = type(u)


class Obj:
    def __del__(self):
        raise ValueError


def drop():
    Obj()


sys.unraisablehook = grab
drop()
gc.collect()
sys.unraisablehook = sys.__unraisablehook__
print(U, U.__module__, repr(U.__doc__))

h = sys.__unraisablehook__


class NoRepr:
    def __repr__(self):
        raise RuntimeError


def caught():
    try:
        {}["k"]
    except KeyError as e:
        return e


e = caught()
h(U((KeyError, e, e.__traceback__, "Exception ignored while testing", "OBJ")))
h(U((ValueError, ValueError("x"), None, "custom msg", "OBJ")))
h(U((ValueError, None, None, None, None)))
h(U((ValueError, 5, None, "only msg", None)))
h(U((KeyError, KeyError(1), None, None, 7)))
h(U((KeyError, KeyError(1), None, None, NoRepr())))
h(U((KeyError, KeyError(1), "not a traceback", None, None)))


class M(Exception):
    pass


M.__module__ = "mymod"
h(U((M, M("m"), None, None, None)))
M.__module__ = 3
h(U((M, M("m"), None, None, None)))

for bad in [lambda: h(1), lambda: h(), lambda: h((1, 2, 3, 4, 5)), lambda: U(),
            lambda: U([1, 2]), lambda: U(5), lambda: U([1, 2, 3, 4, 5], 6),
            lambda: U([1, 2, 3, 4, 5], {}, 3), lambda: U(x=1),
            lambda: U([1, 2, 3, 4, 5], sequence=1)]:
    try:
        bad()
    except TypeError as exc:
        print("TypeError:", exc)

u = U([1, 2, 3, 4, 5])
print(u, u[1:3], u == (1, 2, 3, 4, 5), hash(u) == hash((1, 2, 3, 4, 5)), u.__reduce__())
print(U(sequence=(1, 2, 3, 4, 5)), U(iter("abcde")), U("abcde", {}).err_msg)
for stmt in ("u.exc_type = 1", "del u.exc_type", "u.foo = 1"):
    try:
        exec(stmt)
    except AttributeError as exc:
        print("AttributeError:", exc)
print(U.exc_type, type(U.exc_type).__name__, U.__match_args__)
match u:
    case U(a, b, c, d, e):
        print("matched", a, b, c, d, e)
