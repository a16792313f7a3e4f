cases = [
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(obj=[]),
    lambda: len(5),
    lambda: print(sep=1),
    lambda: print(end=2),
    lambda: print("a", file=1),
    lambda: sorted([3, 1], key=1),
    lambda: sorted([3, 1], 1),
    lambda: sorted(),
    lambda: abs(),
    lambda: abs("x"),
    lambda: min(),
    lambda: max([]),
    lambda: min(1),
    lambda: max(1, 2, key=1),
    lambda: isinstance(1),
    lambda: isinstance(1, 1),
    lambda: int("1", base=1),
    lambda: int(1, 10),
    lambda: divmod(1),
    lambda: chr("a"),
    lambda: ord("ab"),
    lambda: ord(1),
    lambda: getattr(1),
    lambda: range(),
    lambda: range(1, 2, 0),
    lambda: range(1.5),
    lambda: sum([1], 2, 3),
    lambda: sum(["a", "b"], ""),
    lambda: zip(1),
    lambda: enumerate(1),
    lambda: iter(1),
    lambda: next([]),
    lambda: hash([]),
    lambda: repr(),
]
for c in cases:
    try:
        r = c()
        print("ok", r)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
