d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(list(d))
del d["alpha"]
d["alpha"] = 0
print(list(d))
d["zeta"] = 99
print(d)
d2 = dict(zip(range(10, 0, -1), "abcdefghij"))
print(d2)
print({**{"b": 1}, **{"a": 2, "b": 3}})
big = {i: i * i for i in range(100)}
for i in range(0, 100, 2):
    del big[i]
print(list(big)[:10], len(big))
print(sum(big.values()))
