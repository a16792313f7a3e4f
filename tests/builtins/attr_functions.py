# getattr/setattr/hasattr/delattr/vars/dir
class A:
    x = 1
    def __init__(self):
        self.y = 2
a = A()
print(getattr(a, "x"), getattr(a, "y"), getattr(a, "z", "default"), hasattr(a, "y"), hasattr(a, "q"))
setattr(a, "z", 3)
print(a.z, vars(a))
delattr(a, "z")
print(hasattr(a, "z"), sorted(vars(a)))
for bad in ["getattr(a, 1)", "getattr(a, 'nope')", "hasattr(a, 2)", "delattr(a, 'nope')", "vars(1)",
            "getattr(a)", "setattr(a, 'x')"]:
    try:
        eval(bad)
    except (TypeError, AttributeError) as e:
        print(bad, "->", type(e).__name__, e)
print([n for n in dir(a) if not n.startswith("__")])
print("x" in dir(A), "y" in dir(A), dir(a) == sorted(dir(a)))
def f():
    local_one = 1
    local_two = 2
    return dir(), sorted(locals())
print(f())
class B:
    k = 5
    print(sorted(n for n in locals() if not n.startswith("__")))
print(type(globals()) is dict, globals()["A"] is A)
