def f(): pass
class C:
    def __call__(self): pass
class D: pass
print(callable(f), callable(C), callable(C()), callable(D()), callable(len), callable(5), callable("s"), callable(None), callable(lambda: 0))
print(type(5), type("s"), type(1.5), type([]), type(()), type({}), type(set()), type(None), type(True), type(f), type(C), type(len))
print(type(5).__name__, type(type).__name__, type(print).__name__, type(range(1)).__name__)
print(type(5) is int, type(True) is bool, type(True) is int, type(2 ** 100) is int)
print(type(iter([])).__name__, type(iter("")).__name__, type(x for x in []).__name__, type(zip()).__name__)
print(type(C().__call__).__name__, type({}.keys()).__name__, type(b"").__name__, type(1j).__name__)
T = type(C())
print(T is C, T.__name__)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", 1, {})
except TypeError as e:
    print(type(e).__name__, e)
