# dict edge cases: errors, mutation, views, __missing__, update forms, ordering
d = {"b": 1, "a": 2}
d["c"] = 3
del d["b"]
d["b"] = 4
print(d, list(d), list(d.values()), list(d.items()))
print({1: "int", 1.0: "float", True: "bool"})
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)], z=3), dict({"k": "v"}, k="w"))
print(dict(zip("abc", range(3))), dict.fromkeys("xyz"), dict.fromkeys([1, 2], []))
for bad in ([(1, 2, 3)], [1], ["ab", "cde"], [[1]]):
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    dict(1, 2)
except TypeError as e:
    print(e)
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    del d["nope"]
except KeyError as e:
    print("KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    {}.pop((1, 2))
except KeyError as e:
    print("KeyError", e)
print(d.pop("zz", "default"), d.get("zz"), d.get("a"), d.setdefault("a", 9), d.setdefault("q", 7))
print(d)
e = {i: i * i for i in range(6)}
print(e.popitem(), e.popitem(), e)
e[10] = 100
print(e, len(e))
try:
    for k in e:
        e[k + 100] = 1
except RuntimeError as err:
    print("RuntimeError", err)
f = {1: 1, 2: 2}
try:
    for k in f:
        del f[k]
except RuntimeError as err:
    print("RuntimeError", err)
print(f)
class Counter(dict):
    def __missing__(self, key):
        return key * 2
c = Counter(a=1)
print(c["a"], c["zz"], c.get("zz"), "zz" in c, c)
class NoMissing(dict):
    pass
try:
    NoMissing()[5]
except KeyError as err:
    print("KeyError", err)
m = {"x": 1}
m |= {"y": 2}
m |= [("z", 3)]
print(m, {"a": 1} | {"a": 2, "b": 3})
try:
    {} | [("a", 1)]
except TypeError as err:
    print(err)
g = {"a": 1}
g.update({"b": 2}, c=3)
g.update([("d", 4)])
g.update(e=5)
print(g)
class Mapping:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, k):
        return k.upper()
g.update(Mapping())
print(g, dict(Mapping()))
print({"a": 1} == {"a": 1.0}, {"a": 1} != {"a": 2}, {1: 2, 3: 4} == {3: 4, 1: 2}, {} == [])
r = {"a": 1}
r["self"] = r
print(r, [r])
print(list(reversed({"a": 1, "b": 2, "c": 3})), list(reversed({"a": 1, "b": 2}.items())))
k = {"a": 1, "b": 2, "c": 3}.keys()
print(k & {"b", "c", "zz"} == {"b", "c"}, k | {"d"} == {"a", "b", "c", "d"}, k - {"a"} == {"b", "c"})
print({"a": 1}.keys() == {"a"}, {"a": 1}.items() == {("a", 1)}, {"a": 1}.keys() < {"a", "b"})
print(("a", 1) in {"a": 1}.items(), ("a", 2) in {"a": 1}.items(), 1 in {"a": 1}.values())
print({"a": 1}.keys().isdisjoint(["b"]), {"a": 1}.items().isdisjoint([("a", 1)]))
print(repr({}.keys()), {1: 2}.values(), {1: 2}.items())
try:
    {[1]: 2}
except TypeError as err:
    print(err)
try:
    {}[{}]
except TypeError as err:
    print(err)
big = {}
for i in range(1000):
    big[i] = i
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], sum(big), big[999])
big.clear()
print(big, len(big))
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 7
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __repr__(self):
        return "Key(%r)" % self.v
h = {Key(1): "a", Key(2): "b", Key(1): "c"}
print(h, h[Key(2)], Key(3) in h)
print(dict.fromkeys(range(3), 0), type(Counter.fromkeys("ab")).__name__)
cp = d.copy()
cp["new"] = 1
print("new" in d, "new" in cp)
print(sorted({3: 1, 1: 2, 2: 3}), min({"b": 1, "a": 2}), {0: 0}.get(0.0), {(1, 2): 3}[1, 2])
