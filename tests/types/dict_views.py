d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), "a" in k, 2 in v, ("c", 3) in i)
print(sorted(k - {"a"}), sorted(k | {"z"}), sorted(k & {"b", "q"}), sorted(k ^ {"a", "q"}))
d["d"] = 4
print(list(k), list(v))
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(k == {"a", "b", "c", "d"}, list(reversed(v)))
print(dict(i) == d, list(zip(k, v)))
print(list(d.items())[0], next(iter(i)))
