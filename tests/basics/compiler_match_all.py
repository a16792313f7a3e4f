# Compiler: every kind of match pattern, guards, captures and alternatives.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x; self.y = y
def m(v):
    match v:
        case 0 | 1 | 2:
            return "small"
        case -1:
            return "minus one"
        case 1+2j:
            return "complex"
        case "s" | b"b":
            return "strbytes"
        case None:
            return "none"
        case True:
            return "true"
        case [] :
            return "empty seq"
        case [x]:
            return f"one {x}"
        case [x, y, *rest] if x == y:
            return f"pair-eq {x} {rest}"
        case (x, [y, z]):
            return f"nested {x} {y} {z}"
        case [*head, 9, last]:
            return f"head {head} last {last}"
        case {"k": v1, "j": [a, *_]}:
            return f"map {v1} {a}"
        case {"k": _, **kw}:
            return f"kw {kw}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y {yy}"
        case Point(xx, yy) if xx > yy:
            return f"below {xx} {yy}"
        case Point() as p:
            return f"point {p.x},{p.y}"
        case int(n) | float(n) if n > 100:
            return f"big {n}"
        case str() | bytes():
            return "other str"
        case (1 | 2) as w, (3 | 4) as z:
            return f"or-as {w} {z}"
        case [a, b] | (a, b, _):
            return f"alt {a} {b}"
        case {}:
            return "some mapping"
        case _:
            return "default"
for v in [0, 2, -1, 1+2j, "s", b"b", None, True, [], [5], [3, 3, 4, 5], (1, [2, 3]), [1, 2, 9, 4],
          {"k": 1, "j": [7, 8]}, {"k": 1, "z": 2}, Point(0, 0), Point(0, 5), Point(5, 1), Point(1, 5),
          500, 2.5e3, "other", (2, 4), (7, 8), (7, 8, 9), {"q": 1}, 3.5, object]:
    print(m(v))
match 5:
    case x:
        print("capture", x)
match [1, 2]:
    case [1, 2] if False:
        print("no")
    case _ if True:
        print("default guard")
def order(v):
    match v:
        case (a, b) | [b, a]:
            return a, b
print(order((1, 2)), order([1, 2]))
match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **others}:
        print("others", others)
class Inh(Point): pass
match Inh(1, 2):
    case Point(a, b):
        print("inh", a, b)
match 3:
    case int():
        print("int class")
