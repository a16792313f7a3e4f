class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, o):
        return isinstance(o, Ver) and self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Ver(1, 2), Ver(1, 0, 5), Ver(0, 9), Ver(1, 2)]
print(sorted(vs))
print(Ver(1) == Ver(1), Ver(1) != Ver(2), Ver(1) < Ver(2), Ver(3) > Ver(2), Ver(2) >= Ver(2))
print(max(vs), min(vs), len(set(vs)))
print(Ver(1) == 1, Ver(1) != "x")
class NoEq:
    pass
a = NoEq()
print(a == a, a == NoEq(), a != a)
try:
    NoEq() < NoEq()
except TypeError as e:
    print(type(e).__name__, e)
class OnlyEq:
    def __eq__(self, o):
        return True
print(OnlyEq() == 5, OnlyEq() != 5, 5 == OnlyEq())
try:
    hash(OnlyEq())
except TypeError as e:
    print(type(e).__name__, e)
