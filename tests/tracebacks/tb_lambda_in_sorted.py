items = [(1, "a"), (2, None), (3, "c")]
print(sorted(items, key=lambda t: t[1].upper()))
