class C:
    a = 1
    def m(self):
        pass
c = C()
c.inst = 2
d = dir(c)
print("a" in d, "m" in d, "inst" in d, "__init__" in d, d == sorted(d))
print(vars(c), sorted(k for k in vars(C) if not k.startswith("_")))
x_global = 5
print("x_global" in globals(), globals()["x_global"])
def f():
    local_a = 1
    local_b = 2
    return sorted(locals().items())
print(f())
print("__name__" in globals(), __name__)
print(sorted(n for n in dir([]) if not n.startswith("_"))[:5])
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
