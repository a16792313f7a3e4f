# dict views' .mapping (3.10): a read-only proxy of the view's dict, live as the dict changes.
d = {"a": 1, "b": 2}
k, v, i = d.keys(), d.values(), d.items()
for view in (k, v, i):
    m = view.mapping
    print(type(m).__name__, m, repr(m), m["a"], len(m), m == d)
d["c"] = 3
print(k.mapping, dict(i.mapping))
m = k.mapping
try:
    m["x"] = 1
except TypeError as e:
    print("TypeError", e)
try:
    k.mapping = {}
except AttributeError as e:
    print("AttributeError", e)
print(k.mapping is not k.mapping, k.mapping == k.mapping)
print("mapping" in dir(k), "mapping" in dir(v), "mapping" in dir(i))
print(type(k).mapping.__doc__)


class Sub(dict):
    pass


s = Sub(q=1)
print(type(s.keys().mapping).__name__, s.keys().mapping)
