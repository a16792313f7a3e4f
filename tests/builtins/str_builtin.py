print(str(), str(1), str(-1.5), str([1, "a"]), str((1,)), str({"a": 1}), str(None), str(True))
print(str(b"abc"), str(b"abc", "utf-8"), str(bytearray(b"x"), "ascii"), str(b"\xc3\xa9", encoding="utf-8"))
print(str(1e100), str(1.0), str(2 ** 70), str(3 + 4j), str(range(3)), str(slice(1, 2)))
class S:
    def __str__(self):
        return "custom str"
print(str(S()), str(str), str(int), str(ValueError("v")), str(KeyError("k")))
print(str("already"), str(object) , repr(str(5)))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return 1
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
