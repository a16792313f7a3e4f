# float edge cases: repr, hash, parsing, division rules, pow, round, methods
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in [0.1, 1e16, 1e-05, 0.0001, 1.0, -0.0, 1.7976931348623157e308, 5e-324, 123456789012345.6,
          1e22, 2.0 ** 60, 2.0 ** -30, 1 / 3, 9999999999999998.0, 0.30000000000000004, 1e-4, 9.5e-5]:
    print(repr(v), str(v), hash(v))
print(hash(0.5), hash(-0.5), hash(1e300), hash(-1.0), hash(float("inf")), hash(float("-inf")))
print(hash(2.0 ** 61), hash(2.0 ** 100), hash(1e-300), hash(0.0) == hash(-0.0), hash(3.0) == hash(3))
for s in ["1_000.5", " -Infinity ", "+inf", "nAn", "1e-400", "1e400", "-0", ".5e1", "0x1", "1__0", "1_",
          "_1", "1e1_0", "1.5e", "", "\t\n 7.25 \x0c", "١٢.٥", "1 2", "e5", ".", "infinit", "-nan"]:
    show(lambda: float(s))
show(lambda: float(b" 2.5 "))
show(lambda: float(b"x"))
show(lambda: float(bytearray(b"3")))
show(lambda: float([]))
show(lambda: float("1", 2))
show(lambda: float(x="1"))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, -3.0), (-0.0, 3.0), (1e300, 1e-300),
             (5.0, float("inf")), (-5.0, float("inf")), (float("inf"), 2.0)]:
    show(lambda: (a // b, a % b, divmod(a, b)))
show(lambda: 1.0 // 0)
show(lambda: 1.0 % 0.0)
show(lambda: divmod(1.0, 0))
show(lambda: 1 / 0.0)
show(lambda: 0.0 ** -2)
show(lambda: 0.0 ** -2.5)
show(lambda: 10.0 ** 400)
show(lambda: (-10.0) ** 401)
show(lambda: (-8.0) ** (1 / 3))
show(lambda: (-1) ** 0.5)
print(2.0 ** 0.5, (-2.0) ** 3, (-2.0) ** -2, 1.0 ** float("nan"), float("nan") ** 0, 2.0 ** float("-inf"))
print(0.5 ** float("inf"), (-0.5) ** float("inf"), float("-inf") ** 3, float("-inf") ** -3, float("-inf") ** 2)
print((-0.0) ** 3, 0.0 ** 0.5, (-1.0) ** float("inf"), 1e-320 ** 2)
for v in [2.675, 2.5, 3.5, -2.5, 0.125, 1e300, -0.4, 5e-324, 1.005, 1234.5678]:
    print(round(v), round(v, 0), round(v, 1), round(v, 2), round(v, -1), round(v, -2), round(v, 400), round(v, -400))
show(lambda: round(1.7976931348623157e308, -308))
show(lambda: round(float("inf")))
show(lambda: round(float("nan")))
show(lambda: round(float("nan"), 2))
show(lambda: round(1.5, 1.5))
print(round(1e20), round(-1e20), round(2.5e15 + 0.5), round(0.5), round(1.5), round(-0.5))
print((0.1).as_integer_ratio(), (-2.5).as_integer_ratio(), (0.0).as_integer_ratio(), (1e300).as_integer_ratio()[1])
show(lambda: float("inf").as_integer_ratio())
show(lambda: float("nan").as_integer_ratio())
for v in [1.0, 0.1, -0.0, 0.0, 5e-324, 2.0 ** -1022, 1.7976931348623157e308, float("inf"), float("nan"), -3.75]:
    print(v.hex(), float.fromhex(v.hex()) == v or v != v)
for s in ["0x1.8p1", "  -0X1P-2 ", "inf", "-Infinity", "nan", "1.8p1", "0x.8", "0x1.", "ABC", "0x1.00000000000008p0",
          "0x1.00000000000018p0", "0x1p-1074", "0x1p-1075", "0x1p-1076", "0x1.8p-1075"]:
    show(lambda: float.fromhex(s))
for s in ["0x1p2000", "x", "0x.p1", "0x1_0", "0x1p", ""]:
    show(lambda: float.fromhex(s))
print((2.5).is_integer(), (2.0).is_integer(), float("inf").is_integer(), (3.7).__trunc__(), (-3.7).__floor__(), (-3.2).__ceil__())
show(lambda: float("inf").__floor__())
print(int(1e300) == 10 ** 300, int(-2.5), int(2.0 ** 70), float(2 ** 1024 - 2 ** 971))
show(lambda: float(2 ** 1024 - 2 ** 970))
print(float(2 ** 1024 - 2 ** 970 - 1), (2 ** 1024 - 2 ** 970 - 1) / 1)
print(1e308 * 10, -1e308 * 10, float("inf") - float("inf"), 1.5 + True, 3 - 0.5, 2 * 1.5)
print(2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 1e300 < 10 ** 301, 10 ** 400 > float("inf"))
print(float("nan") < 1, float("nan") == 10 ** 400, 1.0 == True, 0.0 == False, -0.0 == 0, 2 ** 1024 > 1.7e308)
print((1.5).__add__(1), (1.5).__radd__(2 ** 70), (1.5).__add__("x"), float.__mul__(2.0, 3))
show(lambda: ~1.5)
show(lambda: 1.5 << 1)
show(lambda: 1.5 + "a")
class F(float):
    pass
f = F(2.5)
print(f, f + 1, type(f + 1).__name__, repr(F("1e3")), -f, abs(F(-1.0)), f == 2.5, hash(f) == hash(2.5))
