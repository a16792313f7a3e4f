print(format(5), format(5, "03d"), format(3.14159, ".2f"), format("s", ">3"), format(255, "x"))
print(format(1234567.891, ",.2f"), format(0.25, "%"), format(12, "b"), format(-12, "+05d"))
print(format(1e-9), format(1e16, ".0f"), format(True), format(None), format([1, 2]))
print(format(2 ** 64, "_"), format(3, "c") == chr(3), format(10, "#o"), format(1.5, "e"))
try:
    format(object(), "d")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, "invalid")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1.0, "x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1, ".2d")
except ValueError as e:
    print(type(e).__name__, e)
