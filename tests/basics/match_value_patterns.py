class Color:
    RED = "red"
    GREEN = "green"
def describe(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case _:
            return "?"
print(describe("red"), describe("green"), describe("blue"))
def kind(v):
    match v:
        case bool():
            return "bool"
        case int():
            return "int"
        case list() | tuple():
            return "seq"
        case dict():
            return "dict"
    return "other"
print([kind(v) for v in [True, 3, [1], (1,), {}, "s"]])
match {"type": "circle", "r": 2}:
    case {"type": "square", "side": s}:
        print("square", s)
    case {"type": "circle", "r": r}:
        print("circle", r)
