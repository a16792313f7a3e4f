def rows():
    return [[1, 2], [3, "x"]]
total = sum(sum(v * 2 + 1 for v in r) for r in rows())
