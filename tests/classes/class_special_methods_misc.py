class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __int__(self): return self.v + 1000
    def __float__(self): return self.v + 0.5
    def __complex__(self): return complex(self.v, 1)
    def __round__(self, n=None): return ("round", n)
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
    def __abs__(self): return "abs"
    def __bool__(self): return self.v != 0
n = Num(3)
print([10, 20, 30, 40][n], "abcdef"[n:], bin(n), hex(n), oct(n), range(n))
print(int(n), float(n), complex(n), round(n), round(n, 2), abs(n), bool(Num(0)))
print(operator_index := n.__index__())
print((1).__class__(n) if False else int.__index__(5))
class Len:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError
print(len(Len()), list(Len()), bool(Len()), list(reversed(Len())))
class Rev:
    def __reversed__(self): return iter("zyx")
print(list(reversed(Rev())))
class Fmt:
    def __format__(self, spec): return f"<{spec}>"
    def __str__(self): return "STR"
    def __repr__(self): return "REPR"
f = Fmt()
print(f"{f}", f"{f!s}", f"{f!r}", f"{f:abc}", format(f, "x"), "{0} {0!r} {0:q}".format(f), str(f), repr(f), [f])
class Missing(dict):
    def __missing__(self, k): return k * 2
m = Missing(a=1)
print(m["a"], m["zz"], m.get("zz"), "zz" in m)
