class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'injected': 1}
    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, sorted(k for k in ns if not k.startswith('__')), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('init', name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print('call', cls.__name__, a, k)
        return super().__call__(*a, **k)
class A(metaclass=Meta, flag=True):
    x = 1
    def __init__(self, v=0): self.v = v
a = A(5); print(a.v, A.injected, type(A).__name__, isinstance(A, Meta))
class B(A): pass
print(type(B).__name__)
X = type('X', (object,), {'a': 1, 'f': lambda self: self.a + 1})
print(X.__name__, X().f(), X.__bases__, X.__mro__, type(X), type(5), type('s'))
print(type(X()).__qualname__, X.__module__)
class Base:
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        print('init_subclass', cls.__name__, tag)
class C(Base, tag='t1'): pass
class D(C): pass
print(C.tag, D.tag)
try:
    class E(object, bogus=1): pass
except TypeError as e: print(e)
class Desc:
    def __set_name__(self, owner, name): print('set_name', owner.__name__, name); self.name = name
class F:
    d = Desc()
print(F.d.name)
class G:
    def __class_getitem__(cls, item): return (cls.__name__, item)
print(G[int], G[1, 2])

try: type('a')
except TypeError as e: print(e)
try: type('a', 1, {})
except TypeError as e: print(e)
try: type('a', (), {}, 1)
except TypeError as e: print(e)
try: type()
except TypeError as e: print(e)
class M1(type): pass
class M2(type): pass
class P1(metaclass=M1): pass
class P2(metaclass=M2): pass
try:
    class P3(P1, P2): pass
except TypeError as e: print(e)
class M3(M1): pass
class P4(metaclass=M3): pass
class P5(P1, P4): pass
print(type(P5).__name__)
def fmeta(name, bases, ns, **kw): print('fmeta', name, kw); return 42
class Q(metaclass=fmeta, z=1): pass
print(Q)
print(type.__call__(A, 3).v)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst: cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class S(metaclass=Singleton): pass
print(S() is S())
