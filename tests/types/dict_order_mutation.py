d = {"a": 1, "b": 2, "c": 3}
del d["a"]
d["a"] = 4
print(list(d), d)
d["b"] = 20
print(list(d.items()))
d.pop("c")
d.setdefault("z", 0)
d.setdefault("b", 99)
print(d)
try:
    for k in d:
        d["new"] = 1
except RuntimeError as e:
    print("RuntimeError", e)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError", e)
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
l = [1, 2, 3]
for x in l:
    if x == 1:
        l.remove(x)
print(l)
e = {}
e.update(b=1, a=2)
e.update([("c", 3)], d=4)
print(e, list(reversed(e)), e.popitem(), e)
print({**e, "b": None}, dict(e, b=7) == {**e, "b": 7})
print(dict.fromkeys([3, 1, 2]), list({3: 0, 1: 0}.keys()))
