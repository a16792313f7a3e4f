class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class P3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y); self.z = z
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case P3(x, y, z=0):
            return f"flat3 {x},{y}"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, 0):
            return f"on x axis at {xx}"
        case P3(_, _, z) if z > 10:
            return f"high {z}"
        case Point():
            return "somewhere"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return "str " + s
        case _:
            return "unknown"
for v in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), P3(1, 2, 0),
          P3(1, 2, 50), P3(1, 2, 3), 7, 2.5, "s", None, True]:
    print(where(v))
class NoArgs:
    def __init__(self): self.a = 1
match NoArgs():
    case NoArgs(a=1):
        print("kw ok")
try:
    match NoArgs():
        case NoArgs(1):
            print("no")
except TypeError as e:
    print("TypeError", e)
class TooMany:
    __match_args__ = ("a",)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2):
            pass
except TypeError as e:
    print("TypeError", e)
