x = 1
def f(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())
print(f(1))
def g():
    v = 1
    def inner():
        return v
    return sorted(locals())
print(g())
print(globals()["x"], "f" in globals())
globals()["newvar"] = 7
print(newvar)
def h():
    globals()["made"] = "yes"
h()
print(made)
class C:
    a = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
    b = 2
print(C.names)
def k():
    x = 5
    locals()["x"] = 99
    return x
print(k())
print(type(globals()).__name__, __name__)
