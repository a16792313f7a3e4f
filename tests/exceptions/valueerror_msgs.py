cases = [
    lambda: int("x"), lambda: int("12a"), lambda: int(""), lambda: int("1.5"), lambda: int("z", 10),
    lambda: float("abc"), lambda: float(""), lambda: [1].index(2), lambda: (1,).index(2),
    lambda: "abc".index("d"), lambda: [].remove(1), lambda: chr(-1), lambda: chr(0x110000),
    lambda: "a,b".split(""), lambda: range(0, 1, 0), lambda: int("5", 1),
    lambda: "{:d}".format("x"), lambda: "%d" % "x", lambda: ord(""), lambda: ord("ab"),
    lambda: bytes([256]), lambda: bytes.fromhex("zz"), lambda: "x".encode("nope"),
    lambda: max([]), lambda: min([]), lambda: (lambda a, b: 0)(*[1, 2, 3]),
    lambda: "abc".center(5, ""),
]
for c in cases:
    try:
        r = c()
        print("ok", r)
    except (ValueError, TypeError, LookupError) as e:
        print(type(e).__name__, e)
