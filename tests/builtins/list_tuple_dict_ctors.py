print(list(), list("abc"), list(range(3)), list({1: 2, 3: 4}), list((1, 2)), list(x for x in "hi"))
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(2)))
print(dict(), dict(a=1), dict([("a", 1), ("b", 2)]), dict({"a": 1}, b=2), dict(zip("xy", [1, 2])))
print(set(), set("abca") == {"a", "b", "c"}, frozenset([1, 1]), set([3, 2, 1]))
print(bytes([1, 2]), bytearray(b"ab"), bytes(2), list(b"ab"))
print(dict([["k", "v"]]), dict(((1, 2),)), dict.fromkeys(range(3), "x"))
l = [1, 2]
print(list(l) is l, tuple((1,)) == (1,))
for bad in [5, None, 1.5]:
    try:
        list(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    dict(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict(["ab", "cde"])
except ValueError as e:
    print(type(e).__name__, e)
