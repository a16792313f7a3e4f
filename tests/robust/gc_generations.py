# Old containers written to after collections: every kind of store into a list, dict, instance
# or split attribute storage that survived a collection must keep the new (young) objects alive.
# Each round allocates a few MB of garbage so that collections run between the stores, then
# checks every value. (taipan's collector is generational: a missed write barrier shows up here
# as a wrong value, or under the ASan build as a use after free.)
# taipan-test: skip-gcstress (collections run every few MB here; the GC-stress build checks barriers on every test)
import gc

def churn(n=40000):
    junk = []
    for i in range(n):
        junk.append("x%d" % i)
    return len(junk)

def s(i):
    return "v%05d" % i

big = [s(i) for i in range(5000)]
d = {s(i): [i] for i in range(3000)}
gc.collect()
churn()

class Obj:
    pass

objs = [Obj() for _ in range(200)]
slotted = []

class Slotted:
    __slots__ = ("a", "b")

for i in range(100):
    o = Slotted()
    o.a = None
    slotted.append(o)
gc.collect()

for rnd in range(6):
    # list stores of every kind
    big[rnd] = s(rnd * 7)
    big.append(s(rnd + 10000))
    big.insert(3, s(rnd + 20000))
    big[10:12] = [s(rnd + 30000), s(rnd + 30001), s(rnd + 30002)]
    big[100:110:2] = [s(rnd + 40000 + k) for k in range(5)]
    big.extend([s(rnd + 50000), s(rnd + 50001)])
    big += [s(rnd + 60000)]
    del big[0]
    big.pop(5)
    big.remove(big[7])
    big.reverse()
    churn()
    big.sort()
    del big[20:40:3]
    big[50:60] = []
    # dict stores, growth (resizes move the entries), deletions
    for k in range(0, 3000, 97):
        d[s(k)] = [s(k + rnd)]
    for k in range(rnd * 500, rnd * 500 + 700):
        d["n" + s(k)] = s(k)
    for k in range(0, 3000, 13):
        d.pop(s(k), None)
    d.setdefault("sd%d" % rnd, [s(rnd)])
    d.update({"u%d" % rnd: s(rnd)})
    # instance attributes (split storage, then a dict when there are too many)
    for j, o in enumerate(objs):
        setattr(o, "a%d" % rnd, s(j + rnd))
        if rnd == 4 and j % 10 == 0:
            for k in range(40):
                setattr(o, "many%d" % k, s(k))
    for j, o in enumerate(slotted):
        o.a = s(j * rnd)
        o.b = [s(j)]
    churn()

print(len(big), big[:3], big[-3:], sum(len(x) for x in big))
print(len(d), sorted(d.items(), key=lambda kv: str(kv))[:3])
print(sum(len(str(v)) for v in d.values()))
print([sorted(vars(o).items())[:3] for o in objs[:2]], len(vars(objs[0])), len(vars(objs[10])))
print([(o.a, o.b) for o in slotted[:3]], sum(len(o.a) for o in slotted))
