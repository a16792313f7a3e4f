class A:
    def __eq__(s, o): return True
class B(A): pass
class C(A):
    def __hash__(self): return 7
class Dd:
    __hash__ = None
class E(Dd):
    def __hash__(self): return 1
print(A.__hash__, B.__hash__, hash(C()), hash(E()))
try: hash(B())
except TypeError as e: print(e)
try: {Dd(): 1}
except TypeError as e: print(e)
class MyD(dict): pass
class O: pass
o = O(); o.__dict__ = MyD(a=1); print(o.a, type(o.__dict__).__name__)
class G:
    def __getattribute__(self, n):
        print('ga', n)
        return super().__getattribute__(n)
g = G(); g.x = 1; print(g.x)
try: g.missing
except AttributeError as e: print(e)
class SS:
    __slots__ = ('a', '__dict__')
s = SS(); s.a = 1; s.b = 2; print(s.a, s.__dict__, sorted(n for n in dir(s) if not n.startswith('__')))
class MetaD(type):
    @property
    def cprop(cls): return 'cprop of ' + cls.__name__
class WM(metaclass=MetaD): pass
print(WM.cprop)
try: WM().cprop
except AttributeError as e: print(e)
class Base:
    @property
    def v(self): return 1
class Sub(Base):
    @Base.v.getter
    def v(self): return 2
print(Sub().v, Base().v)
class LateDesc:
    def __set_name__(self, o, n): print('late set_name', n)
class L: pass
L.x = LateDesc()
print('no set_name on late assignment')
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        print('meta new kw', kw)
        return super().__new__(m, name, bases, ns, **kw)
class P:
    def __init_subclass__(cls, **kw): print('P init_subclass', kw)
class Q(P, metaclass=Meta, k=1): pass
class R:
    @classmethod
    def __class_getitem__(cls, it): return 'explicit', it
print(R[0])
class CM:
    @classmethod
    def c(cls): return cls
    @staticmethod
    def s(): return 'st'
print(CM().c() is CM, CM.__dict__['c'].__get__(None, CM)() is CM, CM.__dict__['s'].__get__(1)())
class Num:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return Num(self.v + o)
n = Num(1); n += 2; print(n.v)
class RO:
    def __radd__(self, o): return 'radd'
print([1] + RO() if False else '', 1 + RO(), 'a' + RO())
try: RO() + 1
except TypeError as e: print(e)
x = [1]
try: x += RO()
except TypeError as e: print(e)
print(x if False else 'list iadd w/ RO ok')
class Cmp2:
    def __eq__(self, o): return NotImplemented
print(Cmp2() == Cmp2(), Cmp2() != Cmp2(), Cmp2() == 1)
c = Cmp2(); print(c == c, c != c)
