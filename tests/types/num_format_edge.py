# format() mini-language for int / bool / float / complex
def show(v, spec):
    try:
        print(repr(v), repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(v), repr(spec), type(e).__name__, e)

for spec in ["", "d", ",", "_", "010,", "09,", "08,", "0=12,", "x<010,", ">010,", "+08_x", "#010_b", "06_x",
             "#07_x", "<08", "^08", "=08", " <08", "=+10d", "+d", " d", "-d", "#x", "#X", "#o", "#b", "_o",
             "c", "n", "e", ".2f", "%", ".1%", "g", "G", "10.3e", "s", ".2", "z", "+c", "#c", ",x", ",c",
             ",_", "*^15,", "\u00e9>8", "=^10"]:
    show(1234, spec)
    show(-1234, spec)
for v in [0, 65, 0x1F600, 2 ** 100, -(2 ** 70), True, False]:
    for spec in ["", "c", "x", "#X", ",", ">10", "e", "b"]:
        show(v, spec)
show(0x110000, "c")
show(-1, "c")
for spec in ["x", "d", ",", "n"]:
    try:
        print(len(format(10 ** 5000, spec)))
    except Exception as e:
        print(type(e).__name__, e)
show(2 ** 2000, ".3e")
try:
    format(10 ** 400, "f")
except Exception as e:
    print(type(e).__name__, e)
for v in [1234.5678, -1234.5678, 0.0, -0.0, 1e-5, 1e16, 123456789.0, 0.000123456, 1.5, 2.5, 1e100,
          float("inf"), float("-inf"), float("nan"), 1e22, 100.0, 0.1, 5e-324]:
    for spec in ["", "f", ".2f", ".0f", "10.3f", "<10.1f", "^12.2f", "+.1f", " .1f", "e", ".3e", "E", "g", ".3g",
                 ".10g", "G", "%", ".1%", ",", ",.2f", "_.3f", "012.2f", "=+12.2f", "#.0f", "#g", "*>12.4", ".3",
                 ".0", "#", "#.3", "n", ".1", "015,.2f", "z.1f", "z", "010", "#.0e", ".0e", ".20g", "+"]:
        show(v, spec)
for spec in ["d", "x", "c", "s", "b", ",d", "=", "q"]:
    show(1.5, spec)
for z in [1 + 2j, -1.5 - 0j, 1j, -1j, 0j, complex(1e20, 1), complex(float("inf"), -float("nan")), 3 + 0j,
          complex(-0.0, 2), 1234.5 + 6789.25j]:
    for spec in ["", "z", "010", "#", "=10", ">20", "<20", "^20", ".2", "g", "d", "+.3f", "^20.1e", "%",
                 ",", "_.2f", "10", "*^30", ".0", "n", "E", "z.1f", "0<20", " "]:
        show(z, spec)
print(f"{255:#x} {255:08b} {3.14159:.2f} {1e6:,.0f} {-42:=+8} {12345:_} {0.5:.0%}")
print("{:>10}|{:<10}|{:^10}".format(1.5, -2, 3j))
print("{0:{1}}".format(3.5, "8.2f"), format(2 ** 64, ","), format(-(2 ** 64), "_x"))
