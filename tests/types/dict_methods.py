d = {"x": 1, "y": 2, "z": 3}
print(d.pop("x"), d, d.pop("q", "default"))
print(d.setdefault("y", 99), d.setdefault("w", 0), d)
d.update({"a": 1}, b=2)
d.update([("c", 3)])
print(d)
print(d.popitem(), d)
c = d.copy()
c["new"] = 1
print(len(d), len(c))
c.clear()
print(c)
print(d | {"y": "merged"}, d)
d |= {"e": 5}
print(d)
print(list(reversed(d)))
keys = d.keys()
d["late"] = 1
print(keys, len(keys))
print(d.items() & {("y", 2)}, "y" in d.keys(), ("y", 2) in d.items())
