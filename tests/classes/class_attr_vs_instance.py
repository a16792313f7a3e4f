class C:
    shared = []
    count = 0
    def __init__(self):
        self.count += 1
        self.shared.append(self.count)
a = C(); b = C()
print(C.count, a.count, b.count, C.shared)
a.shared = ["own"]
print(a.shared, b.shared, C.shared)
del a.shared
print(a.shared)
try:
    del a.shared
except AttributeError as e:
    print(e)
C.newattr = "added"
print(a.newattr, hasattr(b, "newattr"))
def method(self): return "bound " + type(self).__name__
C.m = method
print(a.m(), C.m(a))
a.f = method
try:
    a.f()
except TypeError as e:
    print(e)
print(a.f(a))
print(sorted(k for k in vars(a)), sorted(k for k in C.__dict__ if not k.startswith("__")))
class D(C):
    count = 100
d = D()
print(d.count, D.count, C.count)
print(type(a).__name__, a.__class__ is C, isinstance(d, C), D.__bases__[0].__name__)
a.__class__ = D
print(type(a).__name__, a.count)
