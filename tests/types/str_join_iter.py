# str.join of an iterable that is not an exact list or tuple: pieces copied out as they come,
# the whole iterable consumed before a non-str item is reported (as CPython), one exact str
# returned itself.
class S(str):
    pass

def gen(items):
    for x in items:
        print("  yield", repr(x))
        yield x

def boom(items):
    yield from items
    raise KeyError("boom")

s = "abc"
print("".join(x for x in [s]) is s)
print(",".join(iter([S("sub")])), type(",".join(iter([S("sub")]))).__name__)
for sep in ["", ",", "é", ", "]:
    for items in [[], ["a"], ["é"], ["a", "b"], ["", ""], ["é", "x", "𝔘"], ["ab"] * 5, [S("s"), "t"]]:
        r = sep.join(iter(items))
        print(repr(sep), items, repr(r), len(r), r.isascii(), type(r).__name__)
for items in [["a", 1, "b"], [1], ["a", "b", None, 2]]:
    try:
        "-".join(gen(items))
    except TypeError as e:
        print(e)
try:
    "-".join(boom(["a", 3]))
except (TypeError, KeyError) as e:
    print(type(e).__name__, e)
try:
    "-".join(boom(["a", "b"]))
except KeyError as e:
    print("KeyError", e)
print("x".join({"k": 1, "j": 2}), "x".join(range(0)), "|".join(map(str, range(12))))
print("".join(w.capitalize() for w in "the quick brown fox".split()))
try:
    "".join(5)
except TypeError as e:
    print(e)
class L(list):
    def __iter__(self):
        return iter(["over", "ridden"])
print("+".join(L(["a", "b"])))
