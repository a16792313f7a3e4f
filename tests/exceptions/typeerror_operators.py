five, s, lst, tup = 5, "s", [1], (1,)
cases = [
    lambda: None + 1, lambda: "a" + 1, lambda: 1 + "a", lambda: lst + tup, lambda: {} + {},
    lambda: "a" * 2.0, lambda: [1] * [1], lambda: 1 - "x", lambda: "x" / 2, lambda: 2 ** "x",
    lambda: -"a", lambda: ~1.5, lambda: +[], lambda: 1 < "a", lambda: [] > (), lambda: None < None,
    lambda: five(), lambda: s(), lambda: len(5), lambda: len(None), lambda: abs("x"),
    lambda: {[1]: 2}, lambda: {{}}, lambda: hash([]), lambda: iter(5), lambda: next([]),
    lambda: 1 in five, lambda: 1 in lst in five, lambda: 3 in s, lambda: 1 & 1.0,
    lambda: 1 << 1.0, lambda: lst[None], lambda: s[1.5], lambda: sum(["a", "b"]),
    lambda: sorted([1, "a"]), lambda: max(1, "a"), lambda: int([]), lambda: object() + 1,
]
for c in cases:
    try:
        c()
        print("no error?")
    except TypeError as e:
        print(type(e).__name__, e)
