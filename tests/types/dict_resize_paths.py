# Growing a dict without deleted entries resizes its block in place (obj_dict.c dict_resize);
# with deleted entries the live ones are compacted into a new block. Order, lookups, views
# and iterators must not notice either way.
d = {}
for i in range(5000):
    d[i * 7] = str(i)
    if i in (5, 6, 11, 22, 43, 86, 171, 342, 683, 1366, 2731):   # around each growth
        assert all(d[k * 7] == str(k) for k in range(i + 1))
print(len(d), list(d)[:5], list(d)[-3:], d[7 * 4999])

# deletions then growth (compaction), reinsertion moves a key to the end
d = {k: k for k in range(100)}
for k in range(0, 100, 3):
    del d[k]
for k in range(100, 400):
    d[k] = -k
d[1] = "again"
print(len(d), list(d)[:6], list(d)[-3:], 0 in d, 3 in d, d[1], d[399])
del d[1]
d[1] = "last"
print(list(d)[-1], list(d.items())[-2:])

# views and iterators across growth
d = {"a": 1}
keys, items = d.keys(), d.items()
it = iter(d)
for i in range(50):
    d["k%d" % i] = i
print(len(keys), list(items)[:3], "k49" in keys, ("k3", 3) in items)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
it = iter(d)
next(it)
try:
    for i in range(100):
        d["x%d" % i] = i
        next(it)
except RuntimeError as e:
    print("RuntimeError:", e)

# copy, clear, popitem and update around growth
d = {i: i for i in range(1000)}
c = d.copy()
d.clear()
d.update(c)
d.update((i, -i) for i in range(1000, 3000))
print(len(d), d.popitem(), d.popitem(), len(c), c[999], sum(d.values()) % 1000)
e = {}
for i in range(3):
    e.setdefault("s", []).append(i)
    e[i] = e.get(i, 0) + 1
print(e)

# string keys and a comprehension of many keys
w = {("w%d" % i): i for i in range(20000)}
print(len(w), w["w0"], w["w19999"], sum(1 for i in range(0, 20000, 7) if "w%d" % i in w))
