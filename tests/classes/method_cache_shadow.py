# Method and class-attribute caches vs instance attributes added later (shared-key storage).
class T:
    kind = "class"
    def __init__(self, x):
        self.x = x
    def run(self):
        return "method", self.x

def call_all(objs):
    return [o.run() for o in objs]

def kinds(objs):
    return [o.kind for o in objs]

a, b, c = T(1), T(2), T(3)
for _ in range(3):
    print(call_all([a, b, c]), kinds([a, b, c]))
# a new name in the class's shape, on one instance only
b.run = lambda: "instance b"
b.kind = "instance"
for _ in range(3):
    print(call_all([a, b, c]), kinds([a, b, c]))
# a fresh instance after the shape grew: not shadowed
d = T(4)
print(call_all([d, a]), kinds([d, a]))
# shadowing on an instance created before, set through setattr / __dict__
setattr(c, "run", lambda: "instance c")
d.__dict__["kind"] = "dict d"
for _ in range(2):
    print(call_all([a, b, c, d]), kinds([a, b, c, d]))
del b.run, b.kind
for _ in range(2):
    print(call_all([a, b, c, d]), kinds([a, b, c, d]))
# attribute order differs per instance: names in other shape positions
class U:
    def m(self):
        return "U.m"
u1 = U(); u1.p = 1; u1.q = 2
u2 = U(); u2.q = 2; u2.p = 1
for _ in range(2):
    print(u1.m(), u2.m())
u2.m = lambda: "u2 own"
for _ in range(2):
    print(u1.m(), u2.m())
# class attribute replaced
T.run = lambda self: ("new method", self.x)
print(call_all([a, b, c, d]))
