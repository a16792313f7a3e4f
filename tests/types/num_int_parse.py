# int() / float() constructors, parsing, the 4300-digit limit, conversions via dunders
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s, b in [("0_0", 0), ("00", 0), ("010", 0), ("0x_f", 16), ("0x_f", 0), (" 0b_1", 0), ("0b", 0), ("0x", 16),
             ("1_", 10), ("1__1", 10), ("_1", 10), ("+_1", 10), ("-0o17", 0), ("0O17", 8), ("0B11", 0),
             ("z", 36), ("Z", 36), ("10", 2), ("12", 2), ("\u0661\u0662", 10), ("\u00a0 42 \u2003", 10),
             ("+ 1", 10), ("--1", 10), ("0x10", 10), ("9" * 30, 10), ("-" + "f" * 20, 16), ("0", 0), ("-0", 0),
             ("1e5", 10), ("1.0", 10), ("١٢٣٤", 0), ("1" * 300 + "x", 10)]:
    show(lambda: int(s, b))
show(lambda: int(b"42"))
show(lambda: int(b" -0x2a ", 16))
show(lambda: int(bytearray(b"77"), 8))
show(lambda: int(b"4x2"))
show(lambda: int("a" * 300))
show(lambda: int("1", 1))
show(lambda: int("1", 37))
show(lambda: int("1", -1))
show(lambda: int("5", 2 ** 70))
show(lambda: int("5", 2.0))
show(lambda: int(5, 10))
show(lambda: int(5.5, 10))
show(lambda: int(x="5"))
show(lambda: int("5", base=8))
show(lambda: int(base=8))
show(lambda: int("1", 2, 3))
show(lambda: int(None))
show(lambda: int([1]))
show(lambda: int(float("inf")))
show(lambda: int(float("-inf")))
show(lambda: int(float("nan")))
show(lambda: int("1" * 4300) % 1000)
show(lambda: int("1" * 4301))
show(lambda: int("1" * 4301 + "_1"))
show(lambda: int("1" * 5000 + "a"))
show(lambda: int("f" * 5000, 16) % 1000)
show(lambda: len(str(10 ** 4299)))
show(lambda: str(10 ** 4300))
show(lambda: repr(-(10 ** 4300)))
show(lambda: len(hex(10 ** 5000)))
show(lambda: "%d" % 10 ** 5000)
show(lambda: f"{10 ** 5000}")
class A:
    def __int__(self):
        return 42
class B:
    def __index__(self):
        return 7
class Bad:
    def __int__(self):
        return "x"
class Fl:
    def __float__(self):
        return 2.5
class FlBad:
    def __float__(self):
        return 2
print(int(A()), int(B()), float(Fl()), float(B()), complex(Fl()), 3 + B().__index__())
show(lambda: int(Bad()))
show(lambda: float(FlBad()))
show(lambda: float(A()))
class MyInt(int):
    def __repr__(self):
        return "MyInt(%d)" % int(self)
m = MyInt(5)
print(m, m + 1, type(m + 1).__name__, m * 2 ** 70, -m, m == 5, hash(m) == hash(5), MyInt("ff", 16), MyInt())
print(isinstance(m, int), int(m), type(int(m)).__name__, m.bit_length(), m.to_bytes(1, "big"), MyInt.from_bytes(b"\x07", "big"))
print(m.real, type(m.real).__name__, abs(MyInt(-3)), divmod(m, 2), m ** 2, m << 1, format(m, "04d"), f"{m!r}")
big = MyInt(2 ** 100)
print(big, big + 0, big // 2 ** 99, big > 2 ** 99, hash(big) == hash(2 ** 100), str(big))
print(bool(0), bool(MyInt(0)), True + True, True & True, True | 0, type(True | 0).__name__, True ^ True, ~True, -False)
print(type(False & True).__name__, type(1 & True).__name__, True << 3, True / 2, True // 1, divmod(True, 2))
print(bool.__name__, repr(True), str(False), f"{True}", f"{True:d}", f"{True:>6}", format(False, "x"))
show(lambda: bool(1, 2))
show(lambda: bool(x=1))
show(lambda: format(True, "s"))
