for args in [(1, (), {}), ('A', (1,), {}), ('A', (), []), ('A', (int, str), {}), ('A', (bool,), {})]:
    try: type(*args)
    except TypeError as e: print(e)
try: type('A', (), {}, x=1)
except TypeError as e: print(e)
try: type.__new__(1, 'A', (), {})
except TypeError as e: print(e)
try: type.__new__(type, 'A')
except TypeError as e: print(e)
T = type('T', (), {'__slots__': ('a',), '__qualname__': 'Outer.T', '__doc__': 'D'})
print(T.__qualname__, T.__doc__, T.__module__, hasattr(T(), '__dict__'))
try: type('T2', (), {'__qualname__': 5})
except TypeError as e: print(e)
class Meta(type):
    def __init__(cls, *a, **k): super().__init__(*a, **k); cls.tagged = True
    def method(cls): return 'meta method ' + cls.__name__
X = Meta('X', (), {})
print(X.tagged, X.method(), type(X).__name__)
try: X().method()
except AttributeError as e: print(e)
print(Meta.__mro__, Meta.mro(X) if False else '', type.mro(X))
class Sub(X): pass
print(type(Sub).__name__, Sub.tagged, Sub.method())
print(isinstance(X, type), issubclass(Meta, type), type(Meta))
class OuterCls:
    class Inner:
        def m(self): pass
    def f(self):
        class Local: pass
        return Local
print(OuterCls.Inner.__qualname__, OuterCls.Inner.m.__qualname__, OuterCls().f().__qualname__)
print(repr(OuterCls.Inner), repr(OuterCls().f()))
class WithInit:
    def __init_subclass__(cls, greeting='hi', **kw):
        super().__init_subclass__(**kw); cls.greeting = greeting
class W1(WithInit, greeting='yo'): pass
class W2(WithInit): pass
print(W1.greeting, W2.greeting)
try:
    class W3(WithInit, bad=1): pass
except TypeError as e: print(e)
def deco(cls): cls.decorated = True; return cls
@deco
class Dec: pass
print(Dec.decorated)
class Acc:
    def __init__(self): self.__priv = 1
    def get(self): return self.__priv
a = Acc(); print(a.get(), a._Acc__priv, sorted(vars(a)))
class Annot:
    x: int
    y: str = 'a'
print(Annot.__annotations__, Annot.y, hasattr(Annot, 'x'))
class M(type): pass
for f in [lambda: M(1), lambda: M('a', ()), lambda: type('a', ()), lambda: type.__new__(type, 'a', ()),
          lambda: type.__new__(type, 'a'), lambda: type.__new__(M, 1), lambda: type(1, 2, 3, 4),
          lambda: type(1, x=2)]:
    try: f()
    except TypeError as e: print(e)
print(type(M), type(5) is int, type(type) is type, M('N', (), {}).__name__)
