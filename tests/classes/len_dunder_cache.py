# len(x) remembers each class's __len__ while the class (and its bases) are unchanged.

class A:
    def __len__(self):
        return 1

class B(A):
    pass

a, b = A(), B()
print(len(a), len(b))
A.__len__ = lambda self: 2          # the base changes: both see it
print(len(a), len(b))
B.__len__ = lambda self: 3          # only the subclass
print(len(a), len(b))
del B.__len__                       # back to the base's
print(len(a), len(b))

class C:
    def __len__(self):
        return 4
b.__class__ = C
print(len(b))
b.__len__ = lambda: 99              # instance attributes are never looked at
print(len(b))

def lens(objs):
    return [len(o) for o in objs]

print(lens([a, b, a, b]))
del A.__len__
try:
    len(a)
except TypeError as e:
    print("TypeError:", e)
A.__len__ = lambda self: 5
print(len(a))

class Meta(type):
    pass

class D(metaclass=Meta):
    def __len__(self):
        return 6

d = D()
print(len(d))
D.__len__ = lambda self: -1
try:
    len(d)
except ValueError as e:
    print("ValueError:", e)
D.__len__ = lambda self: "x"
try:
    len(d)
except TypeError as e:
    print("TypeError:", e)

# many classes in turn through one len() call site
classes = []
for i in range(20):
    classes.append(type("K%d" % i, (), {"__len__": (lambda i: lambda self: i)(i)}))
print(lens([k() for k in classes]))
classes[3].__len__ = lambda self: 333
print(lens([k() for k in classes[:5]]))
