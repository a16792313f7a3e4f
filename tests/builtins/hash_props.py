print(hash(1) == 1, hash(0) == 0, hash(-1) == -2, hash(-2) == -2, hash(12345) == 12345)
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
print(hash("abc") == hash("abc"), hash("abc") == hash("ab" + "c"))
print(hash(1.0) == hash(1), hash(0.5) == hash(0.5), hash(True) == 1, hash(False) == 0)
print(hash(2 ** 61 - 1) == 0, hash(2 ** 61) == 1, hash(-(2 ** 61 - 1)) == 0)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(None) == hash(None), hash(()) == hash(()), type(hash("s")).__name__)
print(hash(b"ab") == hash(b"ab"), hash(1.5) == hash(1.5))
print(hash(float("inf")), hash(float("-inf")))
for bad in ([], {}, set(), bytearray(b"x"), ([],)):
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
