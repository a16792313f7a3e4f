# AttributeError.name / .obj and NameError.name set by failed lookups (3.10+)
import sys

class A:
    __slots__ = ("s",)
class B:
    pass
b = B()

def show(f):
    try:
        f()
    except AttributeError as e:
        print(type(e).__name__, e, "|", e.name, e.obj is None, type(e.obj).__name__)
    except NameError as e:
        print(type(e).__name__, e, "|", e.name)

def del_inst(): del b.zz
def del_cls(): del B.zz
def del_slot(): del A().s
show(del_inst); show(del_cls); show(del_slot)
show(lambda: A().s)
show(lambda: b.q)
show(lambda: B.q)
show(lambda: sys.nope)
show(lambda: (1).real2)
show(lambda: getattr(b, "g"))
show(lambda: [].foo)
show(lambda: [].foo())
show(lambda: int.foo)
show(lambda: type.foo)
show(lambda: None.x)

class G:
    def __getattr__(self, n):
        raise AttributeError(n)
show(lambda: G().x)
class P:
    @property
    def p(self):
        raise AttributeError("inner")
    @property
    def q(self):
        raise AttributeError("preset", name="other", obj=5)
show(lambda: P().p)
show(lambda: P().q)

try:
    b.missing
except AttributeError as e:
    print(e.obj is b, e.name)
try:
    B.missing
except AttributeError as e:
    print(e.obj is B, e.name)
try:
    sys.missing
except AttributeError as e:
    print(e.obj is sys, e.name)

# explicit construction
e = AttributeError("manual")
print(e.name, e.obj)
e = AttributeError("manual", name="n", obj=5)
print(e.name, e.obj)
e.name = "changed"
print(e.name)

# NameError.name
def unbound():
    print(v)
    v = 1
def closure():
    def inner():
        return w
    return inner
    w = 1
show(unbound)
show(closure())
show(lambda: undefined_name)
class Q:
    show(lambda: zzz)
print(NameError("x").name, NameError("x", name="y").name)
