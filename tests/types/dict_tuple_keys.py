# Dict lookups with tuple keys: equal but distinct tuples, ints vs bools vs floats, strs,
# items with their own __eq__ (called in CPython's order), NaN, nested tuples.
d = {}
for i in range(200):
    k = (i % 10, i % 3)
    d[k] = d.get(k, 0) + i
print(len(d), d[(0, 0)], d[(9, 2)], sorted(d.items())[:3])

d = {(1, 2): "ints"}
print(d.get((1, 2)), d.get((True, 2)), d.get((1.0, 2.0)), d.get((1, 2, 3)), d.get((1,)))
d[(True, 2.0)] = "replaced"
print(d, len(d))
s = {("a", "b"): 1}
print(s.get(("a", "b")), s.get(("a", "c")), s.get(("a" + "", "".join(["b"]))), ("a", "b") in s)
print({("x", 1): 1}.get(("x", 1.0)), {("é", 1): 2}.get(("é", 1)))

class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("  E.__eq__", self.v, getattr(other, "v", other))
        return isinstance(other, E) and self.v == other.v
    def __hash__(self):
        return hash(self.v)

d = {(1, E("a")): "first"}
print(d.get((1, E("a"))))
print(d.get((2, E("a"))))   # unequal ints first: no __eq__ call... same hash needed to compare
print(d.get((1, E("b"))))
e = E("c")
d[(e, 5)] = "same object"
print(d.get((e, 5)))

nan = float("nan")
d = {(nan, 1): "nan key"}
print(d.get((nan, 1)), d.get((float("nan"), 1)))
t = (nan, 1)
print({t: 1}.get(t))

d = {((1, 2), (3, "x")): "nested"}
print(d.get(((1, 2), (3, "x"))), d.get(((1, 2), (3, "y"))))

class T(tuple):
    pass
d = {(1, 2): "tuple"}
print(d.get(T((1, 2))), {T((1, 2)): "sub"}.get((1, 2)))

class Boom:
    def __eq__(self, other):
        raise ValueError("eq failed")
    def __hash__(self):
        return 7
d = {(1, Boom()): 1}
try:
    d[(1, Boom())]
except ValueError as e:
    print("ValueError", e)
print(d.get((2, Boom())))
big = 2**70
d = {(big, 1): "big"}
print(d.get((2**70, 1)), d.get((2**70 + 1, 1)))
