def s(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y] if x == y:
            return "pair-eq"
        case [first, *mid, last] if len(mid) > 2:
            return f"long {first} {mid} {last}"
        case [_, *rest]:
            return f"rest {rest}"
for v in [[], [1], [2, 2], (1, 2), [1, 2, 3, 4, 5], range(3), "ab", b"ab", bytearray(b"x"), {1: 2}, iter([1])]:
    print(repr(v) if not hasattr(v, "__next__") else "iter", "->", s(v))
match (1, (2, 3), [4, [5]]):
    case (a, (b, c), [d, [e]]):
        print(a, b, c, d, e)
match [1, 2, 3]:
    case [1, *_, 3] as whole:
        print("whole", whole)
match (1, 2):
    case [1, 2] | (3, 4):
        print("alt")
match 5:
    case 1 | 2 | 3:
        print("small")
    case x if x > 4:
        print("big", x)
match -1:
    case -1:
        print("neg literal")
match 1+2j:
    case 1+2j:
        print("complex literal")
match None:
    case None:
        print("none")
match True:
    case 1:
        print("true matches 1")
match 1:
    case True:
        print("1 matches True?")
    case _:
        print("1 does not match True")
