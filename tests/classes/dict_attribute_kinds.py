# The __dict__ attribute of the built-in objects that have one: functions, exceptions,
# staticmethod/classmethod (3.10: they copy the function's __module__, __name__, __qualname__,
# __doc__, __annotations__), SimpleNamespace (read-only) and instances of classes.
import types


def f(a: int) -> str:
    "doc of f"


class C:
    pass


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__, e)


sm, cm = staticmethod(f), classmethod(f)
print(sorted(sm.__dict__.items()))
print(sorted(cm.__dict__.items()))
print("__dict__" in dir(sm), "__dict__" in dir(cm), "__dict__" in dir(staticmethod))
sm.extra = 5
print(sm.__dict__["extra"], sm.extra)
sm.__dict__ = {"x": 1}
print(sm.x, sm.__dict__, sm.__wrapped__ is f, sm.__func__ is f)


def g():
    pass


g.__doc__ = None
print(staticmethod(g).__dict__)
print(classmethod(None).__dict__, staticmethod(None).__dict__)


class Host:
    @staticmethod
    def s():
        "static doc"
        return "s"

    @classmethod
    def c(cls):
        return cls.__name__


print(Host.__dict__["s"].__doc__, Host.__dict__["s"].__name__, Host.s(), Host().c())

objs = [f, ValueError("v"), OSError(2, "no"), sm, cm, types.SimpleNamespace(a=1), C()]
for o in objs:
    name = type(o).__name__
    attempt(name + " get", lambda: type(o.__dict__).__name__)
    attempt(name + " set int", lambda: setattr(o, "__dict__", 1))
    attempt(name + " set list", lambda: setattr(o, "__dict__", []))
    attempt(name + " del", lambda: delattr(o, "__dict__"))
    attempt(name + " set dict", lambda: setattr(o, "__dict__", {"k": 2}))
    attempt(name + " k", lambda: getattr(o, "k", "missing"))

e = KeyError("x")
e.__dict__ = {"note": 1}
print(e.note, e.args)


class D(dict):
    pass


d = D()
d.__dict__ = {"z": 3}
print(d.z, vars(d))

c = C()
c.a = 1
c.b = 2
del c.__dict__
print(c.__dict__, hasattr(c, "a"))
c.x = 3
print(c.__dict__, c.x)
