def m(v):
    match v:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "zero"
        case 1.5:
            return "one-and-half"
        case "s" | b"s":
            return "s-ish"
        case -2:
            return "minus two"
        case 3 + 0j:
            return "complex 3"
        case _:
            return "other " + repr(v)
for v in [None, True, False, 0, 0.0, 1, 1.0, 1.5, "s", b"s", -2, -2.0, 3, 3.0, (), [], "S"]:
    print(repr(v), "->", m(v))
