class S:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = S()
print(s.a, hasattr(s, "__dict__"))
s.b = 2
print(s.b)
try:
    s.c = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    S().b
except AttributeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
p = Plain()
p.__dict__["injected"] = 5
print(p.injected, vars(p))
print(sorted(k for k in vars(Plain) if not k.startswith("__")))
