class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return "V%r" % (self.c,)
    def __add__(self, o):
        if isinstance(o, V): return V(*[a + b for a, b in zip(self.c, o.c)])
        return NotImplemented
    def __radd__(self, o):
        if o == 0: return self
        return NotImplemented
    def __mul__(self, k): return V(*[a * k for a in self.c])
    __rmul__ = __mul__
    def __neg__(self): return V(*[-a for a in self.c])
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, o): return isinstance(o, V) and self.c == o.c
    def __lt__(self, o): return abs(self) < abs(o)
    def __iadd__(self, o):
        self.c = tuple(a + b for a, b in zip(self.c, o.c)); return self
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __pos__(self): return self
    def __invert__(self): return "inv"
a, b = V(1, 2), V(3, 4)
print(a + b, 3 * a, a * 2, -a, abs(b), +a, ~a, a @ b)
print(sum([a, b]), a == V(1, 2), a != b, a < b, a > b, sorted([b, a]))
c = a
a += b
print(a, c, a is c)
try:
    a + 1
except TypeError as e:
    print(e)
try:
    1 - a
except TypeError as e:
    print(e)
try:
    a <= b
except TypeError as e:
    print(e)
try:
    a ** 2
except TypeError as e:
    print(e)
try:
    a @ 1
except TypeError as e:
    print(e)
