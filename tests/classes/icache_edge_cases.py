# Inline-cache corner cases: descriptors that change the class while being filled, slots vs class
# attributes, metaclass attributes, instances beyond the shared-key limit, redefined globals.
class Sneaky:
    def __get__(self, obj, cls):
        cls.other = "added during get"
        return "sneaky"
class C:
    a = Sneaky()
def f(o):
    return o.a, getattr(o, "other", None)
c = C()
print([f(c) for _ in range(3)])
class D:
    def __set_name__(self, owner, name):
        owner.extra = name
class E:
    d = D()
    def m(self): return "m"
e = E()
print(e.extra, [e.m() for _ in range(2)])
# attribute via __getattr__ on module-level class with property raising AttributeError
class F:
    @property
    def p(self):
        raise AttributeError("inner")
    def __getattr__(self, n):
        return "fallback " + n
fo = F()
print([fo.p for _ in range(3)])
# class with __slots__ and class attribute of same name in subclass
class G:
    __slots__ = ("x",)
class H(G):
    x = "shadow"
h = H()
print(h.x, [getattr(h, "x") for _ in range(2)])
# instance of class with many instances materialised then rebuilt
class K:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "f%d" % i, i)
ks = [K(i) for i in range(35)]
print([len(vars(k)) for k in ks][-5:], ks[34].f33, ks[10].f9)
def rd(k):
    return k.f0
print(sum(rd(k) for k in ks[1:]))
# type attribute access through metaclass
class Meta(type):
    attr = "meta attr"
class M(metaclass=Meta):
    pass
def ga(c):
    return c.attr
print([ga(M) for _ in range(2)])
M.attr = "class attr"
print([ga(M) for _ in range(2)])
del M.attr
print([ga(M) for _ in range(2)])
# global shadowed by a later module-level def inside loop
def g1(): return "g1"
def call_g(): return g1()
out = []
for i in range(3):
    out.append(call_g())
    def g1(i=i): return "redef%d" % i
print(out)
