class P:
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"
print(P())
print([P()], (P(),), {"k": P()})
print(P(), P(), sep=" & ")
print("%s %r" % (P(), P()))
print(1.0, 1e20, 1e-5, -0.0, 2 ** 64, True, None)
print("x", end="")
print()
print([1.5, "a", None, [], {}], {"a": (1, "b")})
print({1, 2, 3}, frozenset({5}), set())
print(b"\x00\x01abc", bytearray(b"z"))
print(range(0, 5, 2), slice(1, None), Ellipsis, ..., NotImplemented)
