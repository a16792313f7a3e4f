# A metaclass that overrides mro(): type(cls).mro(cls) builds __mro__ (and is re-run on __bases__ assignment)
class Reverse(type):
    def mro(cls):
        order = super().mro()
        print("mro() called for", cls._Pname__, [c.__name__ for c in order])
        return [order[0]] + list(reversed(order[1:-1])) + [order[-1]]
class A: 
    def who(self): return "A"
class B:
    def who(self): return "B"
class C(A, B, metaclass=Reverse):
    pass
print(C.__mro__, C().who(), C.mro())
class D(C): pass
print(D.__mro__, D().who())
class Bad(type):
    def mro(cls):
        return [cls, 3, object]
try:
    class E(metaclass=Bad): pass
except TypeError as e: print("TypeError:", e)
class Bad2(type):
    def mro(cls):
        return [cls, int, object]
try:
    class F(list, metaclass=Bad2): pass
except TypeError as e: print("TypeError:", e)
class Bad3(type):
    def mro(cls):
        return 5
try:
    class G(metaclass=Bad3): pass
except TypeError as e: print("TypeError:", e)
class Tup(type):
    def mro(cls):
        return (cls, object)
class H(A, metaclass=Tup): pass
print(H.__mro__, hasattr(H(), "who"))
class Counting(type):
    calls = 0
    def mro(cls):
        Counting.calls += 1
        return super().mro()
class K: pass
class I(K, metaclass=Counting): passwrite
class J: pass
I.__bases__ = (J,)
print(Counting.calls, I.__mro__)
print(type.mro(C), int.mro(), type.mro(int))
