print(int("123"), int("-45"), int("  7  "), int("+9"), int("1_000"))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("777", 8), int("0o17", 0))
print(int("101", 2), int("0b101", 0), int("z", 36), int("Z", 36))
print(int(3.99), int(-3.99), int(True), int("0"))
print(int("123456789012345678901234567890"))
print(str(2 ** 70), repr(-(2 ** 70)))
print(str(-0), int("-0"))
print(hex(255), oct(8), bin(5), hex(-255), bin(-5), hex(2 ** 70))
print(int(1e20), int(-1e20), int(2.5e15))
print(int("  -0x1f ", 16))
for bad in ["12a", "", " ", "1.5", "0x", "1__0", "_1"]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
