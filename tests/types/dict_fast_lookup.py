# The quick lookup paths for exact-str and small-int keys (obj_dict.c lookup_quick) must give
# way to the generic comparison whenever an entry of another kind has the same hash.

# ints, bools and floats with equal values share an entry
d = {1: "one", 2.0: "two", True: "true?"}
print(d, 1 in d, True in d, 1.0 in d, 2 in d, d[2], d.get(True), d.get(1.0))
d = {True: "t"}
print(1 in d, d[1], d.get(1), 0 in d, d.get(0, "none"))
d = {1.0: "f"}
print(1 in d, d[1], d.setdefault(1, "x"), d)
d[1] = "int"
print(d, list(d.keys())[0].__class__.__name__)

# -1 and -2 have the same hash: different keys
d = {-1: "m1", -2: "m2"}
print(d[-1], d[-2], -1 in d, -2 in d, len(d), hash(-1) == hash(-2))
del d[-1]
print(d, -1 in d, d.get(-1, "gone"))
d[-1] = "again"
print(d)

# big ints and small ints, ints near the small-int limit
big = 2 ** 47
d = {big: "big", big - 1: "small", -big: "neg", 2 ** 70: "huge"}
print(d[2 ** 47], d[2 ** 47 - 1], d[-(2 ** 47)], d[2 ** 70], (2 ** 47 + 0) in d)

# a str subclass equal to a str, with the same hash
class S(str):
    pass

d = {S("key"): 1}
print("key" in d, d["key"], d.get("key"), type(list(d)[0]).__name__)
d["key"] = 2
print(d, type(list(d)[0]).__name__)
d = {"key": 1}
print(S("key") in d, d[S("key")])

# an object whose hash equals a str's and which compares equal to it
class Eq:
    def __init__(self, s):
        self.s = s
    def __hash__(self):
        return hash(self.s)
    def __eq__(self, other):
        print("Eq.__eq__", other)
        return other == self.s

d = {Eq("abc"): "obj"}
print("abc" in d, d["abc"], d.get("abc"))
print("abd" in d)

class IntEq:
    def __hash__(self):
        return 5
    def __eq__(self, other):
        print("IntEq.__eq__", other)
        return other == 5

d = {IntEq(): "five"}
print(5 in d, d[5], 6 in d)
d = {5: "int"}
print(IntEq() in d)

# strs: equal content, different objects, different lengths, non-ASCII, long
words = ["", "a", "ab", "abc", "abcd", "abcde", "abcdefg", "abcdefgh", "abcdefghi",
         "abcdefghijklmnop", "abcdefghijklmnopq", "é", "ée", "日本語のテキスト", "x" * 100]
d = {}
for w in words:
    d["".join(list(w))] = len(w)
for w in words:
    v = "".join(reversed(list(reversed(w))))
    assert v is not w or len(w) < 2
    print(repr(w[:20]), v in d, d[v], d.get(v), d.setdefault(v, -1))
for w in words:
    for i in range(len(w)):
        near = w[:i] + chr(ord(w[i]) + 1) + w[i + 1:]
        if near in d:
            print("unexpected", repr(near))
print(sorted(d.values()))

# strings differing in one byte at each position of the 4/8-byte windows
base = "0123456789abcdef"
for n in range(1, 17):
    s = base[:n]
    d = {s: n}
    for i in range(n):
        t = s[:i] + "#" + s[i + 1:]
        assert t not in d and d.get(t) is None, (s, t)
    assert ("" + s + "") in d
print("windows ok")

# errors keep CPython's messages
d = {"a": 1}
for bad in ([1], {}, {1}):
    try:
        bad in d
    except TypeError as e:
        print("TypeError:", e)
try:
    d["b"]
except KeyError as e:
    print("KeyError:", e)
try:
    d[7]
except KeyError as e:
    print("KeyError:", e)
print([] in {}.keys() if False else "skip")

# `in` on dict subclasses still uses their __contains__
class D(dict):
    def __contains__(self, k):
        print("D.__contains__", k)
        return True

dd = D(a=1)
print("zzz" in dd, "zzz" not in dd)

# many keys: growth, deletion and reinsertion with both kinds
d = {}
for i in range(2000):
    d[i] = i
    d[str(i)] = -i
for i in range(0, 2000, 2):
    del d[i]
    del d[str(i + 1)]
print(len(d), sum(1 for i in range(2000) if i in d), sum(1 for i in range(2000) if str(i) in d))
print(d.get(1), d.get("2"), d.get(2), d.get("1"))

# exact tuple keys: probed with quick_tuple_eq, generic comparison when it cannot decide
d = {}
for i in range(300):
    d[(i % 10, i % 7)] = d.get((i % 10, i % 7), 0) + 1
print(len(d), d[(3, 3)], (3, 3) in d, (3, 3.0) in d, (True, 0) in d, (1, 0) in d, d.get((10, 0)))
d = {(1, "a"): 1, (2.5, "b"): 2, ((1, 2), "c"): 3, (None, 1): 4, (-1,): 5, (-2,): 6}
print(d[(1, "a")], d[(2.5, "b")], d[((1, 2), "c")], d[(None, 1)], d[(-1,)], d[(-2,)])
print((1.0, "a") in d, (S("a"),) in {("a",): 1}, (Eq("k"),) in {("k",): 1})
nan = float("nan")
t = (nan, 1)
d = {t: "nan"}
print(t in d, (nan, 1) in d, (float("nan"), 1) in d)
class T(tuple):
    pass
d = {(1, 2): "plain"}
print(T((1, 2)) in d, d[T((1, 2))], {T((1, 2)): "sub"}[(1, 2)])

# setdefault inserts after a single probe; keys whose __eq__ mutates the dict
d = {}
print(d.setdefault("a", []), d.setdefault("a", [1]), d.setdefault(1), d.setdefault(True, "t"), d)
class Mut:
    def __init__(self, d):
        self.d = d
    def __hash__(self):
        return 7
    def __eq__(self, other):
        self.d["added"] = 1
        return False
d = {7: "seven"}
print(d.setdefault(Mut(d), "m") , len(d), sorted(map(str, d.values())))
