# __build_class__: metaclasses, __prepare__, keywords, __mro_entries__, __class__ cell
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def __new__(mcs, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class A(metaclass=Meta, flag=True):
    x = 1
print(A.injected, type(A).__name__)
class B(A):
    pass
print(type(B).__name__)
class M1(type): pass
class M2(type): pass
class C1(metaclass=M1): pass
class C2(metaclass=M2): pass
try:
    class D(C1, C2): pass
except TypeError as e:
    print(e)
def fake_meta(name, bases, ns):
    return ("made", name, bases, sorted(k for k in ns if not k.startswith("__")))
class E(metaclass=fake_meta):
    y = 2
print(E)
class Entry:
    def __mro_entries__(self, bases):
        return (int,)
class F(Entry()):
    pass
print(F.__bases__, F.__orig_bases__[0].__class__.__name__)
class G:
    def who(self):
        return __class__
print(G().who() is G)
class H(G):
    def who(self):
        return super().who(), __class__.__name__
print(H().who()[1])
class P(type):
    @classmethod
    def __prepare__(m, name, bases):
        return 1
try:
    class Q(metaclass=P): pass
except TypeError as e:
    print(e)
class Kw:
    def __init_subclass__(cls, tag=None, **kw):
        print("init_subclass", cls.__name__, tag)
class Sub(Kw, tag="t"):
    pass
