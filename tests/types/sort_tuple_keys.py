# list.sort with tuple keys: the fast path for int/float/str items must agree with tuple.__lt__.
nan = float("nan")

def show(xs, **kw):
    print(sorted(xs, **kw))

show([(1, "b"), (1, "a"), (0, "z"), (1,), (), (1, "a", 0)])
show([(2, 1.5), (2, 1), (2, True), (1.0, 3), (1, 2)])          # mixed int/float/bool items
show([(1, -0.0), (1, 0.0), (0.0, 1), (-0.0, 0)])               # -0.0 == 0.0, stable
r = sorted([(nan, 1), (1.0, 2), (nan, 0), (0.5, 3)])
print([repr(t) for t in r])
n1 = (nan, 2)
print(sorted([n1, (nan, 1), n1]) == [n1, (nan, 1), n1] or "order differs")
show([("é", 1), ("e", 2), ("ε", 0), ("e", 1), ("", 5)])
show([((1, 2), 3), ((1, 1), 4), ((0,), 9)])                    # nested tuples
show([(10**30, 1), (10**30, 0), (-10**30, 5), (3, 3)])          # big ints

class S(str):
    def __lt__(self, other):
        return len(self) < len(other)

show([(1, S("bbb")), (1, S("a")), (1, S("cc"))])

class K:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        K.calls += 1
        return self.v == other.v
    def __lt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return "K(%d)" % self.v

show([(1, K(1)), (1, K(3)), (0, K(2)), (1, K(2))])
print(K.calls > 0)

recs = [(i % 3, "n%d" % (i % 5), i) for i in range(30)]
print(sorted(recs, key=lambda t: (t[0], t[1])) == sorted(recs, key=lambda t: t[0] * 10 + int(t[1][1:])))
print(sorted(range(20), key=lambda v: (v % 4, -v)))
print(sorted(range(10), key=lambda v: (v % 2,), reverse=True))

try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([(1, None), (1, None)])
    print("identical None ok")
    sorted([(1, None), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
