class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(b, C), isinstance(b, (C, A)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, B), issubclass(B, (C, A)), issubclass(B, object))
print(isinstance(1, int), isinstance(1, float), isinstance(1.0, (int, float)), isinstance("s", str))
print(isinstance(True, int), isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(A, type), isinstance(int, type), isinstance(type, type), isinstance(type, object))
print(issubclass(bool, int), issubclass(int, object), issubclass(KeyError, LookupError))
print(isinstance(None, type(None)), isinstance(b, object))
print(isinstance(3, (list, (str, int))))
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
print(type(b) == B, type(b) is A, type(type(b)).__name__)
