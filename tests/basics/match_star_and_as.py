def describe(seq):
    match seq:
        case [1, *rest] as whole:
            return f"starts with 1: rest={rest} whole={whole}"
        case [*init, 9]:
            return f"ends with 9: init={init}"
        case [(x, y), *_]:
            return f"first is a pair {x},{y}"
        case (str() as s, int() as n):
            return f"str {s!r} and int {n}"
        case _:
            return "no match"
for s in [[1, 2, 3], [5, 9], [(1, 2), 3], ("a", 5), [], [1], [9]]:
    print(describe(s))
match {"a": 1, "b": 2}:
    case {"a": 1, **others}:
        print("others:", others)
match 42:
    case int(x) if x > 40:
        print("big int", x)
