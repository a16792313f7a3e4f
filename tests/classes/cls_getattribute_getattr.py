class A:
    x = 1
    def __getattr__(self, name):
        return "ga:" + name
a = A()
print(a.x, a.y)
class B:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("no secret")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name
    val = 3
b = B()
print(b.val, b.secret, b.other)
class C:
    def __getattr__(self, name):
        raise AttributeError(f"custom {name}")
try:
    C().z
except AttributeError as e:
    print(e)
print(getattr(C(), "z", "default"), hasattr(C(), "z"))
class D:
    @property
    def p(self):
        raise AttributeError("inside property")
    def __getattr__(self, name):
        return "getattr " + name
print(D().p)
class E:
    __slots__ = ("a",)
e = E()
try:
    e.b = 1
except AttributeError as ex:
    print(ex)
try:
    e.a
except AttributeError as ex:
    print(ex)
