print(len(""), len("abc"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(10)), len(b"xy"))
print(len("é😀"), len(range(0, 100, 7)), len(frozenset([1])), len(bytearray(4)))
print(repr(1), repr("a"), repr([1, "a"]), repr((1,)), repr({"k": [1]}), repr(None), repr(1.0))
print(str(1), str("a"), str([1, "a"]), str(b"x"), str(1e100))
print(repr("quote'"), repr('both\'"'), repr("\\"), repr("\t\r\n"), repr("\x07"))
print(repr(repr("x")), str(repr("x")))
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(x for x in [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len([], [])
except TypeError as e:
    print(type(e).__name__, e)
