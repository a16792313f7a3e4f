class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return isinstance(o, P) and o.x == self.x
    def __hash__(self):
        return hash(self.x)
s = {P(1), P(1), P(2)}
print(len(s))
d = {P(1): "one"}
print(d[P(1)])
class Q:
    def __eq__(self, o):
        return True
print(Q.__hash__ is None)
class R:
    pass
r = R()
print({r: 1}[r], r == R())
class Child(P):
    pass
print(len({Child(1), P(1)}))
print(hash(P(5)) == hash(5))
