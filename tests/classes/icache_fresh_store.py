# STORE_ATTR's cache also serves the first attribute of a fresh instance (no storage yet):
# everything that must make that store take the generic path instead.


class A:
    def __init__(self, v):
        self.first = v
        self.second = v + 1


def make(cls, n):
    return [cls(i) for i in range(n)]


xs = make(A, 5)
print([(x.first, x.second) for x in xs], vars(xs[3]))


# a data descriptor appears on the class for the first name: its setter must run
def set_first(self, v):
    print("setter", v)
    self.__dict__["first"] = v * 10


A.first = property(lambda self: self.__dict__["first"], set_first)
ys = make(A, 2)
print([(y.first, y.second) for y in ys], vars(ys[1]))
del A.first
print([(x.first, x.second) for x in make(A, 3)])


# __setattr__ added later
def trace_setattr(self, name, v):
    print("setattr", name, v)
    object.__setattr__(self, name, v)


A.__setattr__ = trace_setattr
print(vars(A(7)))
del A.__setattr__
print(vars(A(8)))


# __class__ assigned before the first store: the new class's storage
class B:
    def __init__(self, v):
        self.first = v


class C:
    def __init__(self, v):
        self.other = v
        self.first = v


bs = make(B, 3)
cs = make(C, 3)
o = B.__new__(B)
o.__class__ = C
C.__init__(o, 5)
print(type(o).__name__, vars(o))
o2 = C.__new__(C)
o2.__class__ = B
B.__init__(o2, 6)
print(type(o2).__name__, vars(o2), o2.first)


# a fresh instance whose __dict__ was replaced before the first store
class D:
    def __init__(self, v):
        self.first = v


make(D, 3)
d = D.__new__(D)
d.__dict__ = {"z": 1}
D.__init__(d, 4)
print(vars(d))
d2 = D.__new__(D)
d2.__dict__["pre"] = 0     # a real dict created by the __dict__ access
D.__init__(d2, 5)
print(vars(d2))


# the first store at the site is not the class's first name
class E:
    def __init__(self, v, flip):
        if flip:
            self.b = v
            self.a = v
        else:
            self.a = v
            self.b = v


es = [E(i, i % 2 == 1) for i in range(6)]
print([list(vars(e)) for e in es])


# subclass instances through the base's __init__ site
class F(A):
    pass


fs = make(F, 2) + make(A, 2) + make(F, 2)
print([(type(f).__name__, f.first, f.second, list(vars(f))) for f in fs])


# __slots__ with __dict__, and a class whose instances are not shared-key
class G:
    __slots__ = ("s", "__dict__")

    def __init__(self, v):
        self.s = v
        self.first = v


print([(g.s, vars(g)) for g in make(G, 3)])


class H(dict):
    def __init__(self, v):
        self.first = v


print([(h.first, vars(h)) for h in make(H, 3)])


# deleting the only attribute then storing again
class K:
    def __init__(self, v):
        self.first = v


ks = make(K, 3)
del ks[0].first
ks[0].first = 9
print([vars(k) for k in ks], [vars(k) for k in make(K, 2)])
