print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,)]))
print((1, 2, 3) > (1, 2), (1, float("nan")) == (1, float("nan")))
n = float("nan")
print((n,) == (n,), [n] == [n])
t = tuple(range(5))
print(t[1:4], t[::-2], len(t), sum(t), min(t), max(t))
d = {(1, 2): "a", (3,): "b", (): "c"}
print(d[(1, 2)], d[()], d[3,])
print(tuple(x * 2 for x in t))
print((1, [2, 3])[1][0])
t2 = (1, [2])
t2[1].append(3)
print(t2)
try:
    t2[1] += [4]
except TypeError as e:
    print(type(e).__name__, e)
print(t2)
