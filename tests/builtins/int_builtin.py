print(int(), int(7), int(-7.9), int("  42\n"), int("-0"), int(True), int("1_000_000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xFF", 0), int("11", 2), int("0b11", 0))
print(int("777", 8), int("0o777", 0), int("zz", 36), int("10", 3), int("-z", 36), int("+10", 2))
print(int("0", 0), int("00", 0), int(" 0x_1f", 16), int("1" * 30, 2))
print(int(2 ** 100), int(-2.5e3), int(1e18), int(9.999999999999999e22))
for s, b in [("12a", 10), ("2", 2), ("0x1g", 16), ("", 16), ("010", 0), ("1 2", 10), ("--1", 10)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("1", 37)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(1.5, 10)
except TypeError as e:
    print(type(e).__name__, e)
class Conv:
    def __int__(self):
        return 99
class Idx:
    def __index__(self):
        return 11
print(int(Conv()), int(Idx()))
