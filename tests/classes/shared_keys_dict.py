# Instance attribute storage shared between the instances of a class must keep __dict__ a real,
# live dict: every view of the attributes agrees, in CPython's order.

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

ps = [P(i, -i) for i in range(5)]
print(vars(ps[0]), ps[1].__dict__, [p.x + p.y for p in ps])
# mutation through __dict__ is visible as attributes and vice versa
d = ps[2].__dict__
d["x"] = 100
d["z"] = "new"
print(ps[2].x, ps[2].z, d is ps[2].__dict__, d is vars(ps[2]))
ps[2].y = 200
ps[2].w = "w"
print(d)
# other instances are unaffected
print([vars(p) for p in ps])
# deletion, then re-adding puts the key last
del ps[3].x
print(vars(ps[3]), hasattr(ps[3], "x"))
ps[3].x = "back"
print(vars(ps[3]), list(ps[3].__dict__))
# different insertion orders on instances of one class
class Q:
    pass
a, b, c = Q(), Q(), Q()
a.p = 1; a.q = 2; a.r = 3
b.q = 20; b.p = 10
c.p = 100; c.q = 200; c.r = 300; c.s = 400
print(vars(a), vars(b), vars(c))
print(a.p, a.q, a.r, b.p, b.q, c.s)
a.s = 4
print(vars(a), [getattr(o, "s", None) for o in (a, b, c)])
# many attributes, beyond any inline limit
class Many:
    pass
m1, m2 = Many(), Many()
for i in range(50):
    setattr(m1, "attr%d" % i, i)
for i in range(45, -1, -1):
    setattr(m2, "attr%d" % i, -i)
print(len(vars(m1)), list(vars(m1))[28:33], m1.attr49, m1.attr0)
print(len(vars(m2)), list(vars(m2))[:3], m2.attr45, m2.attr0)
# update and replacement
u = P(1, 2)
u.__dict__.update({"x": "ux", "extra": [1]}, y="uy")
print(u.x, u.y, u.extra, vars(u))
u.__dict__ = {"only": 1}
print(vars(u), hasattr(u, "x"))
u.x = 5
print(vars(u))
# copy / pickling-style state transfer
v = P(7, 8)
v.more = "m"
w = P.__new__(P)
w.__dict__.update(v.__dict__)
w2 = object.__new__(P)
for k, val in vars(v).items():
    setattr(w2, k, val)
w.x = "changed copy"
print(vars(v), vars(w), vars(w2))
fresh = P.__new__(P)
print(vars(fresh))
fresh.__dict__.update(vars(v))
print(vars(fresh), fresh.more)
# __class__ assignment between classes that both share keys
class R:
    def __init__(self):
        self.y = "ry"
        self.x = "rx"
r = R()
p = P("px", "py")
p.__class__ = R
print(p.x, p.y, vars(p), type(p).__name__)
p.q = 1
print(vars(p), vars(R()), vars(P(1, 2)))
r.__class__ = P
print(vars(r), r.x, r.y)
# subclasses have their own order
class P2(P):
    def __init__(self):
        self.z = 0
        super().__init__(1, 2)
print(vars(P2()), vars(P(3, 4)))
# setattr/getattr/delattr/hasattr with computed (non-interned) names
n = P(0, 0)
name = "".join(["x"])
setattr(n, name, "computed")
print(getattr(n, "x"), n.x, n.__dict__[name])
delattr(n, "".join(["y"]))
print(vars(n), hasattr(n, "y"))
object.__setattr__(n, "k", "objset")
print(n.k, vars(n))
# dir() and __dict__ containment
print([k for k in dir(P(1, 2)) if not k.startswith("__")])
print("x" in P(1, 2).__dict__, len(P(1, 2).__dict__))
# equality and repr of the dicts, iteration
e1, e2 = P(1, 2), P(1, 2)
print(e1.__dict__ == e2.__dict__, sorted(e1.__dict__.items()), list(reversed(e2.__dict__)))
# a class attribute shadowed by an instance attribute, then unshadowed
class S:
    x = "class"
    def __init__(self):
        self.y = 1
s = S()
print(s.x)
s.x = "inst"
print(s.x, vars(s))
del s.x
print(s.x, vars(s))
# non-str key in __dict__
t = P(1, 2)
t.__dict__[5] = "five"
print(vars(t), t.x)
# garbage: many short-lived instances with shared keys
total = 0
for i in range(300):
    o = P(i, i)
    o.extra = i
    total += o.x + o.y + o.extra
print(total)
