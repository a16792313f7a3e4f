x = 1234.5678
for spec in ["", "f", ".2f", ".0f", "10.3f", "<10.1f", "^12.2f", "+.1f", " .1f", "e", ".3e", "E",
             "g", ".3g", ".10g", "G", "%", ".1%", ",", ",.2f", "_.3f", "012.2f", "=+12.2f", "#.0f", "#g", "*>12.4"]:
    print(repr(spec), repr(format(x, spec)))
for v in [0.0, -0.0, 1e-5, 1e16, 123456789.0, 0.000123456, 1.5, 2.5, float("inf"), float("nan"), -float("inf")]:
    print(repr(v), format(v, "g"), format(v, ".2e"), format(v, ".3"), format(v, "f"), format(v, ".1f"))
print(format(1e-5, ".2f"), format(-1e-5, ".2f"), format(0.0, "e"), format(100.0, ".0e"))
print(format(9.999, ".2f"), format(9.995, ".2f"), format(99.95, ".1f"), format(999999.5, ".0f"))
print(format(1.0, "%"), format(1e-3, "g"), format(1e-4, "G"), format(1234567.0, "G"))
print(format(12.0, "n"), format(0.1, ".17g"), format(1 / 3, ".0g"))
