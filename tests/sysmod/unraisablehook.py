# sys.unraisablehook: errors in __del__ and in closing generators go through it; the default
# hook's output; a hook that raises; a hook set to None, deleted or not callable.
# (__del__ and the hooks are callables with a fixed repr: the reports show no address.)
import gc
import sys

print(sys.unraisablehook is sys.__unraisablehook__, sys.unraisablehook.__name__)
print(sys.unraisablehook.__doc__.splitlines()[0])


class Fin:
    """A __del__ that runs `body` and has a fixed repr."""

    def __init__(self, name, body):
        self.name = name
        self.body = body

    def __repr__(self):
        return "<" + self.name + ">"

    def __call__(self):
        self.body()


def chained():
    try:
        1 / 0
    except Exception:
        raise KeyError("x")   # only this one is shown, not its context


def bare():
    raise ValueError


class Outer:
    class Err(Exception):
        pass


def nested():
    raise Outer.Err("nested")


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError


def bad_str():
    raise BadStr


class Named(Exception):
    pass


Named.__module__ = "somewhere.else"


def named():
    raise Named(1, 2)


def make(body):
    return type("Obj", (), {"__del__": Fin(body.__name__, body)})


def drop(cls):
    cls()   # made in a frame of its own: nothing else keeps it alive


def gen():
    try:
        yield 1
    finally:
        raise LookupError("in finally")


def drop_gen():
    g = gen()
    next(g)


print("-- default")
for body in (chained, bare, nested, bad_str, named):
    drop(make(body))
    gc.collect()

print("-- custom hook")
seen = []


def hook(u):
    seen.append(u)
    print("hook:", type(u).__name__, u.exc_type.__name__, repr(u.exc_value), u.err_msg,
          type(u.exc_traceback).__name__, type(u.object).__name__)


sys.unraisablehook = hook
drop(make(chained))
gc.collect()
drop_gen()
gc.collect()
u = seen[0]
print(type(u).__module__, type(u).__qualname__, type(u).__mro__[1:])
print(len(u), u[0] is u.exc_type, u[1] is u.exc_value, u[-1] is u.object, u[4] is u.object)
print(u.object, u[1:3] == (u.exc_value, u.exc_traceback), seen[1].object.__name__)
print(u.n_fields, u.n_sequence_fields, u.n_unnamed_fields, type(u).__match_args__)
print(type(u).exc_type)

print("-- the default hook on a generator's report")


def relay(u):
    fields = (u.exc_type, u.exc_value, u.exc_traceback, u.err_msg, type(u.object).__name__)
    sys.__unraisablehook__(type(u)(fields))


sys.unraisablehook = relay
drop_gen()
gc.collect()


class Bad:
    def __repr__(self):
        return "<Bad>"

    def __call__(self, u):
        print("bad called for", u.object)
        raise TypeError("hook failed")


print("-- hook raising")
sys.unraisablehook = Bad()
drop(make(bare))
gc.collect()
print("-- hook not callable")
sys.unraisablehook = 42
drop(make(bare))
gc.collect()
print("-- hook None")
sys.unraisablehook = None
drop(make(bare))
gc.collect()
print("-- hook deleted")
del sys.unraisablehook
drop(make(nested))
gc.collect()
sys.unraisablehook = sys.__unraisablehook__
print("end")
