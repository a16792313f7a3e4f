def f(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, b]:
            return f"two {a} {b}"
        case [first, *rest] if len(rest) > 3:
            return f"long, first={first} rest={rest}"
        case [first, *_, last]:
            return f"first={first} last={last}"
        case _:
            return "not a sequence"
for v in [[], [1], (1, 2), [1, 2, 3], list(range(6)), "ab", 5, {"a": 1}]:
    print(repr(v), "->", f(v))
match (1, (2, 3)):
    case (a, (b, c)):
        print(a, b, c)
