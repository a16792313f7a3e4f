d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], "b" in d, 2 in d)
print(d.get("z"), d.get("z", 0), d.get("a", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
d["a"] = 100
print(d)
del d["b"]
print(d)
d["b"] = 5
print(d)
print(dict(), dict(x=1, y=2), dict([("k", "v")]), dict({"q": 1}, r=2))
print({1: "int", 1.0: "float"}, {True: 1, 1: 2})
print({(1, 2): "tuple key", None: "none", 3.5: "f"})
print(d == {"a": 100, "c": 3, "b": 5}, d != {})
for k, v in d.items():
    print(k, v)
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
