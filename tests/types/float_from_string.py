for s in ["1.5", "-2.25", "  3.0  ", "1e5", "1E-3", ".5", "5.", "+7", "inf", "-inf",
          "Infinity", "-INFINITY", "nan", "NaN", "-nan", "1_000.5", "0x10" if False else "16"]:
    print(repr(s), float(s))
for bad in ["abc", "", "1.2.3", "1e", "in", "0x10", "1__0"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
