# Instance attribute caches: __dict__ mutation, replacement, deletion, slots, insertion order.

def get_x(o):
    return o.x

def set_x(o, v):
    o.x = v

class A:
    def __init__(self, x):
        self.x = x

a = A(1)
print([get_x(a) for _ in range(3)])
a.__dict__["x"] = 2
print([get_x(a) for _ in range(3)])
for i in range(3):
    set_x(a, i)
print(a.__dict__, get_x(a))
a.__dict__ = {"x": "new dict"}
print([get_x(a) for _ in range(3)])
set_x(a, "after replacement")
print(a.__dict__)
del a.x
try:
    get_x(a)
except AttributeError as e:
    print("AttributeError:", e)
a.__dict__.update(y=1, x="via update")
print([get_x(a) for _ in range(2)], vars(a))
a.__dict__.clear()
a.z = 1
a.x = "after clear"
print([get_x(a) for _ in range(2)], vars(a))

# different insertion orders on instances of one class
class B:
    pass
objs = []
for i in range(6):
    b = B()
    if i % 2:
        b.x = i
        b.y = -i
    else:
        b.y = -i
        b.x = i
    objs.append(b)
print([get_x(o) for o in objs], [list(vars(o)) for o in objs[:2]])
for o in objs:
    set_x(o, get_x(o) * 10)
print([get_x(o) for o in objs])
# popitem, then re-add: the entry index moves
d = objs[0].__dict__
print(d.popitem(), d)
objs[0].x = "readded"
print([get_x(o) for o in objs])
del objs[1].__dict__["x"]
objs[1].__dict__["x"] = "readded1"
print([get_x(o) for o in objs])

# many attributes
class M:
    pass
m = M()
for i in range(40):
    setattr(m, "a%d" % i, i)
m.x = "many"
print(get_x(m), len(vars(m)), list(vars(m))[:3], list(vars(m))[-2:])

# __slots__
class S:
    __slots__ = ("x", "y")
s = S()
for i in range(3):
    set_x(s, i)
print([get_x(s) for _ in range(2)])
del s.x
try:
    get_x(s)
except AttributeError as e:
    print("AttributeError:", e)
class SD(S):
    pass
sd = SD()
set_x(sd, "slot in subclass with dict")
sd.__dict__["x"] = "dict value ignored"
print([get_x(sd) for _ in range(2)], vars(sd))

# non-string and non-interned keys in the instance dict
n = A(0)
n.__dict__["".join(["x"])] = "built name"
print([get_x(n) for _ in range(2)])
setattr(n, "".join(["x"]), "setattr built")
print([get_x(n) for _ in range(2)])
n.__dict__[1] = "int key"
print([get_x(n) for _ in range(2)], vars(n))

# the instance dict used as a globals dict
g = A("global x")
exec("def f():\n    return x\n", g.__dict__)
f = g.__dict__["f"]
print([f() for _ in range(2)])
for i in range(3):
    set_x(g, "set %d" % i)
    print(f(), end=" ")
print()

# property setter and getter keep being called
class P:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x * 2
    @x.setter
    def x(self, v):
        self._x = v
p = P()
for i in range(3):
    set_x(p, i)
    print(get_x(p), end=" ")
print()
del P.x
for i in range(3):
    set_x(p, i + 10)
    print(get_x(p), end=" ")
print(vars(p))
