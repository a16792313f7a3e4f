def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
x, w, p = 3.14159, 10, 3
print(f"{'abc'!r:>8}|{'é':*^5}|{x:{w}.{p}f}|{'q'=}")
class S(str):
    def __str__(self):
        return "custom"
    def __format__(self, spec):
        return "fmt:" + spec
s = S("raw")
print(str(s), "%s" % s, "{}".format(s), f"{s:xy}", s + "!", repr(s))
class R:
    def __radd__(self, other):
        return "radd:" + other
    def __rmul__(self, other):
        return "rmul:" + other
    def __rmod__(self, other):
        return "rmod"
print("a" + R(), "b" * R())
t(lambda: "a".__add__(1))
print(list(reversed("héllo")), "".join(sorted("dcba")), max("abc"), "abc".__contains__("b"))
print(str.join(",", ["a", "b"]), str.upper("x"), "x".__len__(), "ab".__getitem__(1))
t(lambda: str.upper(1))
t(lambda: "".join(["a", S("b")]))
t(lambda: b"".join([b"a", bytearray(b"b")]))
print(bytes(S("x"), "ascii"), ("x" "y").encode(), "ö".encode("utf8"))
print("\N{BULLET}", len("\U0001F600"), "a\u0308".encode())
import sys
print(sys.getsizeof("") > 0 if hasattr(sys, "getsizeof") else True)
d = {"b": 1, "a": 2}
print("%(a)s-%(b)s" % d, "{a}-{b}".format(**d))
print(f"{1!s:>3}{'x'!a}{b'y'!r}")
print("%-5s|%5s|" % (b"ab", "é"))
print(format(b"x", ""), str(b"x"), "{!s}".format(b"x"))
t(lambda: format(b"x", "5"))
t(lambda: "{:5}".format(b"x"))
