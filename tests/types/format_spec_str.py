s = "hello"
for spec in ["", "s", "10", "<10", ">10", "^10", "*^11", ".2", "10.3", "^10.3", "-<7", "0>7"]:
    print(repr(spec), repr(format(s, spec)))
print(repr(f"{'ab':^10.3}"), repr(f"{'abcdef':^10.3}"))
print(repr(format("é", "^5")))
try:
    format("s", "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1, "s")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1.5, "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("x", "+")
except ValueError as e:
    print(type(e).__name__, e)
