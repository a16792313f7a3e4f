print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(0.1), bool(""), bool(" "), bool([]), bool([[]]))
print(bool({}), bool({0: 0}), bool(set()), bool(None), bool(range(0)), bool(range(1)), bool(0j), bool(b""))
class A:
    def __bool__(self):
        return False
class B:
    def __len__(self):
        return 3
class C:
    pass
print(bool(A()), bool(B()), bool(C()))
print(True.__class__.__name__, bool.__mro__[1].__name__)
print(str(True), repr(False), int(True), True + True)
try:
    class Sub(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
