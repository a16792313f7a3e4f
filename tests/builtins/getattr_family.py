class A:
    x = 1
    def __init__(self):
        self.y = 2
a = A()
print(getattr(a, "x"), getattr(a, "y"), getattr(a, "z", "default"), getattr(A, "x"))
print(hasattr(a, "x"), hasattr(a, "z"), hasattr(A, "y"), hasattr(5, "real"), hasattr("s", "upper"))
setattr(a, "z", 3)
print(a.z, getattr(a, "z"))
delattr(a, "z")
print(hasattr(a, "z"))
name = "dyn" + "amic"
setattr(A, name, lambda self: "called dynamic")
print(a.dynamic())
print(getattr(a, "__class__").__name__)
try:
    getattr(a, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    hasattr(a, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(a)
except TypeError as e:
    print(type(e).__name__, e)
class Raises:
    @property
    def bad(self):
        raise ValueError("property failed")
try:
    hasattr(Raises(), "bad")
except ValueError as e:
    print("hasattr propagates", type(e).__name__, e)
