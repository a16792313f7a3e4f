class C:
    def __init__(self): self._x = 1
    @property
    def x(self): return self._x
    @property
    def y(self): return 2
    @y.setter
    def y(self, v): self._y = v
    z = property(lambda self: 3)
    w = property()
c = C()
tests = [
    ("set x", lambda: setattr(c, "x", 5)),
    ("del x", lambda: delattr(c, "x")),
    ("del y", lambda: delattr(c, "y")),
    ("set z", lambda: setattr(c, "z", 1)),
    ("get w", lambda: c.w),
    ("set w", lambda: setattr(c, "w", 1)),
]
for name, fn in tests:
    try:
        print(name, fn())
    except AttributeError as e:
        print(name, "AttributeError", e)
c.y = 10
print(c.y, c._y, C.x.__class__.__name__, C.y.fset is not None, C.x.fset)
class D:
    @property
    def p(self):
        "doc of p"
        return 1
print(D.p.__doc__)
class E(C):
    @C.x.setter
    def x(self, v): self._x = v * 100
e = E()
e.x = 2
print(e.x)
