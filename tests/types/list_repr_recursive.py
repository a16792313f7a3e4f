l = [1, 2]
l.append(l)
print(l)
d = {"a": 1}
d["self"] = d
print(d)
print([[], [[]], [[], []]])
print([1.0, "s", None, True, (1,), {1: 2}, {3}])
print(str(["a", 'b"c', "d'e"]))
print([1, 2] * 2 == [1, 2, 1, 2])
t = ([],)
t[0].append(t)
print(t)
print(repr([]), repr(()), repr({}), repr(set()), repr(frozenset()))
