# str.join: sizes, non-ASCII parts, empty and one-character results, subclasses, errors.
class S(str):
    pass
cases = [("", []), ("", [""]), ("", ["", ""]), ("", ["", "x"]), ("a", ["", ""]), ("-", ["x"]),
         (", ", ["a", "b", "c"]), ("é", ["a", "b"]), ("", ["ü", "ñ", "€", "😀"]),
         ("😀", ["", "", ""]), (" ", [S("sub"), "x", S("é")]), (S("+"), ["1", "2"]),
         ("", ["abcdefghij" * 3, "é" * 10, "klmnopqrstuvwxyz" * 2])]
for sep, items in cases:
    for it in (items, tuple(items), iter(items)):
        r = sep.join(it)
        print(repr(r), len(r), type(r).__name__, r == "".join(items[:1]) if len(items) == 1 else "",
              r.isascii(), r[-1:] if r else "", r[len(r) // 2:][:3], r.upper()[:5], hash(r) == hash(str(r)))
e = str()
print("".join(["x"]) is "".join(["x"]), "".join([]) is e, "".join(["", ""]) is e)
for bad in (["a", 1], ["a", b"b"], [None]):
    try:
        "-".join(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    "".join(5)
except TypeError as e:
    print("TypeError:", e)
big = "é".join(str(i) for i in range(1000))
print(len(big), big[1000:1010], big.count("é"), big.index("999"))
