# Inline caches and the type lookup cache must notice every change to a class, its bases or MRO.
# Each access site runs in a loop so it is cached before the mutation and re-checked after it.

def get_x(o):
    return o.x

def call_m(o):
    return o.m()

def get_cls_attr(c):
    return c.attr

class Base:
    attr = "base-attr"
    def m(self):
        return "Base.m"

class Mid(Base):
    pass

class Leaf(Mid):
    pass

objs = [Leaf() for _ in range(3)]
print([call_m(o) for o in objs])
# method added to a middle class later
Mid.m = lambda self: "Mid.m"
print([call_m(o) for o in objs])
del Mid.m
print([call_m(o) for o in objs])
# replace on the base
Base.m = lambda self: "Base.m2"
print([call_m(o) for o in objs])
# instance attribute shadows a method (not called as method any more)
objs[1].m = lambda: "instance m"
print([call_m(o) for o in objs])
del objs[1].m
print([call_m(o) for o in objs])

# class attribute read through the class object
print([get_cls_attr(c) for c in (Leaf, Mid, Base)])
Mid.attr = "mid-attr"
print([get_cls_attr(c) for c in (Leaf, Mid, Base)])
del Mid.attr
Base.attr = "base-attr2"
print([get_cls_attr(c) for c in (Leaf, Mid, Base)])
setattr(Base, "attr", 42)
print([get_cls_attr(c) for c in (Leaf, Mid, Base)])

# class attribute read through an instance, later shadowed by a data descriptor on the base
class P:
    x = "class x"
p = P()
print([get_x(p) for _ in range(3)])
p.x = "instance x"
print([get_x(p) for _ in range(3)])
P.x = property(lambda self: "property x")
print([get_x(p) for _ in range(3)])
del P.x
print([get_x(p) for _ in range(3)])

# data descriptor added later to a base class of an instance that has the attribute in its dict
class A:
    pass
class B(A):
    pass
b = B()
b.x = 1
print([get_x(b) for _ in range(3)])
A.x = property(lambda self: "A.x property")
print([get_x(b) for _ in range(3)])
del A.x
print([get_x(b) for _ in range(3)])

# __getattr__ / __getattribute__ added later
class G:
    def __init__(self):
        self.x = "real"
def get_y(o):
    try:
        return o.y
    except AttributeError as e:
        return "AttributeError: " + str(e)
g = G()
print([get_y(g) for _ in range(2)], [get_x(g) for _ in range(2)])
G.__getattr__ = lambda self, name: "getattr:" + name
print([get_y(g) for _ in range(2)], [get_x(g) for _ in range(2)])
G.__getattribute__ = lambda self, name: "getattribute:" + name
print([get_y(g) for _ in range(2)], [get_x(g) for _ in range(2)])
del G.__getattribute__
del G.__getattr__
print([get_y(g) for _ in range(2)], [get_x(g) for _ in range(2)])

# __bases__ assignment changes the MRO
class X:
    def m(self):
        return "X.m"
class Y:
    def m(self):
        return "Y.m"
class Z(X):
    pass
z = Z()
print([call_m(z) for _ in range(3)])
Z.__bases__ = (Y,)
print([call_m(z) for _ in range(3)])
Z.__bases__ = (X,)
print([call_m(z) for _ in range(3)])
X.m = lambda self: "X.m2"
print([call_m(z) for _ in range(3)])

# __class__ assignment
class C1:
    def m(self):
        return "C1.m"
    x = "C1.x"
class C2:
    def m(self):
        return "C2.m"
    x = "C2.x"
c = C1()
print([call_m(c) for _ in range(3)], [get_x(c) for _ in range(3)])
c.__class__ = C2
print([call_m(c) for _ in range(3)], [get_x(c) for _ in range(3)])
c.__class__ = C1
print([call_m(c) for _ in range(3)], [get_x(c) for _ in range(3)])

# staticmethod / classmethod replacing a function
class S:
    def m(self):
        return "plain"
s = S()
print([call_m(s) for _ in range(2)])
S.m = staticmethod(lambda: "static")
print([call_m(s) for _ in range(2)])
S.m = classmethod(lambda cls: "classmethod of " + cls.__name__)
print([call_m(s) for _ in range(2)])

# object.__setattr__ on a class goes around type.__setattr__ in taipan's C code paths
class T:
    v = 1
def get_v(c):
    return c.v
print([get_v(T) for _ in range(2)])
type.__setattr__(T, "v", 2)
print([get_v(T) for _ in range(2)])

# polymorphic call site: many types through one instruction
class K1:
    def m(self): return 1
class K2(K1):
    def m(self): return 2
class K3(K1):
    pass
print([call_m(k) for k in [K1(), K2(), K3(), K1(), K2(), K3()]])
print(sum(call_m(k) for k in [K1(), K2(), K3()] * 100))

# builtin method calls through the same site on different types
def app(seq, v):
    return seq.count(v)
print([app(s, 1) for s in ([1, 1, 2], (1, 2, 1, 1), [3])])
