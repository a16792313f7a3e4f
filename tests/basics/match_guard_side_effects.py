log = []
def g(tag, result):
    log.append(tag)
    return result
def run(v):
    match v:
        case [x, y] if g("g1", x > y):
            return "desc"
        case [x, y] if g("g2", x == y):
            return "eq"
        case [x, *_] if g("g3", True):
            return f"first {x}"
        case _:
            return "none"
for v in ([2, 1], [1, 1], [1, 2], [5], "no"):
    log.clear()
    print(v, run(v), log)
match [1, 2]:
    case [a, b] if a > 5:
        pass
    case _:
        pass
print("captures leak even if guard fails:", a, b)
match (1, "x"):
    case (1, s) | (2, s):
        print("or-capture", s)
class Color:
    RED = "red"
    GREEN = "green"
def c(v):
    match v:
        case Color.RED:
            return "is red"
        case Color.GREEN | "lime":
            return "greenish"
        case str(name) if name.startswith("b"):
            return "b-color " + name
    return "other"
print([c(x) for x in ["red", "green", "lime", "blue", "pink"]])
