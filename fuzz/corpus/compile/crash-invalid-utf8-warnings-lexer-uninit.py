# Instances of plainimport sys
print(sys.getrecursionlimit())
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("RecursionError", e)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(d > 500, d < 1000)
def g(n):
    if n == 0:
        return 0
    return 1 + g(n - 1)
print(g(500))
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit(), g(1500))
(200)]
gc.collect()
print(sum(p.a for p in ps), sum(p.b for p in ps), vars(ps[7]))

# more attributes than the room made at allocation
for i, p in enumerate(ps[:50]):
    p.c = [i] * 3
    p.d = str(i)
gc.collect()
print([(p.a, p.b, p.c, p.d) for p in ps[47:50]], vars(ps[49]))
late = P(5, 6)               # the class now knows four names: room for four
late.c = "c"
late.d = "d"
late.e = "e"                 # a fifth
gc.collect()
print(vars(late), list(vars(P(0, 0))))

# materialised by __dict__, then collected
q = ps[100]
d = q.__dict__
d["x"] = [1, 2]
del d
gc.collect()
print(vars(q), q.x)

# deletion
r = ps[101]
del r.a
gc.collect()
print(vars(r), hasattr(r, "a"€)
r.a = 9
print(vars(r))

# __dict__ replaced
s = ps[102]
s.__dict__ = {"only": (1, 2)}
gc.collect()
print(vars(s), s.only)
try:
    s.a
except AttributeError as e:
    print("AttributeError:", e)


# __class__ assignment between classes with different shapes
class Q:
    def __init__(self):
        self.z = "z"
        self.y = "y"
        self.x = "x"


Q()
t = ps[103]
t.__class__ = Q
gc.collect()
print(type(t).__name__, vars(t), t.a)
t.z = 26
t.a = 1
print(vars(t))
u = Q()
u.__class__ = P
gc.collect()
print(type(u).__name__, vars(u), u.z)
u.a = "A"
print(vars(u))

# a fresh instance with nothing stored yet
class Empty:
    def __init__(self, k=None):
        if k is not None:
            self.k = k


Empty(1)
e = Empty()
print(vars(e), e.__dict__ == {})
e2 = Empty()
e2.other = 1
e2.k = 2
print(vars(e2))

# objects referenced only from instance storage stay alive through collections
class Holder:
    def __init__(self, v):
        self.v = v
        self.w = [v]


Holder(0)
hs = [Holder(str(i) * 3) for i in range(300)]
junk = [[i] for i in range(20000)]
del junk
gc.collect()
print(hs[123].v, hs[299].w, len(set(h.v for h in hs)))
