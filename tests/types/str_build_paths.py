# The fast paths that build strs in one piece: repetition, f-strings, %-formatting, str(x).
# Each result is checked for its length and ASCII-ness too (they are computed, not measured).

def show(s):
    print(repr(s), len(s), s.isascii(), type(s).__name__)

# str * n
for base in ["", "x", "ab", "é", "€x", "𝔘"]:
    for n in [-1, 0, 1, 2, 5]:
        show(base * n)
show(("ab" * 3)[::-1])
show(("é" * 3)[1:])
try:
    "ab" * (1 << 62)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)

class S(str):
    pass

show(S("ab") * 1)
show(S("ab") * 2)
show(1 * S("q"))

# f-strings: pieces of every kind
x, e, empty = "x", "é", ""
for s in [f"", f"{empty}", f"{x}", f"{e}", f"{empty}{x}{empty}", f"{empty}{e}", f"a{e}b",
          f"{x}{x}", f"{e}{e}{empty}", f"{1}", f"{-7}{x}", f"{1.5}", f"{1e300}", f"{-0.0}",
          f"{True}", f"{None}", f"{2 ** 100}", f"{x!r}{e!a}", f"{'é'!r}", f"{3:>4}|{e:^5}|",
          f"{S('sub')}", f"{S('sub')!s}", f"{float('nan')}{float('-inf')}"]:
    show(s)

class F:
    def __format__(self, spec):
        return S("F" + spec)

show(f"{F()}")
show(f"{F():xy}")
show(f"{F()}{F()}")

class Bad:
    def __format__(self, spec):
        return 42

try:
    f"{Bad()}"
except TypeError as err:
    print(err)

class I(int):
    def __str__(self):
        return "I!"
    def __format__(self, spec):
        return "fmt" + spec

show(f"{I(5)}")
show(str(I(5)))

# %-formatting
for fmt, args in [("%d", 5), ("%d", -5), ("%5d|", 42), ("%-5d|", 42), ("%05d", -42),
                  ("%.3d", 7), ("%.3d", -7), ("%x", 255), ("%X", 255), ("%#X", 255),
                  ("%#o", 8), ("%.5x", 255), ("%+d", 3), ("% d", 3), ("%d", 2 ** 70),
                  ("%.80d", 1), ("%X", -(2 ** 70)), ("%s", "é"), ("%5s|", "é"), ("%-5s|", "é"),
                  ("%.1s", "éa"), ("%3.1s|", "éa"), ("%r", "é"), ("%a", "é"), ("%c", 233),
                  ("%f", 1.5), ("%.0f", 2.5), ("%.100f", 1 / 3), ("%.300e", 1.0),
                  ("%10.3f|", -3.14159), ("%-10.2e|", 12345.678), ("%g", 1e-5), ("%F", float("inf")),
                  ("%d%%", 50), ("%i", True), ("%d", 3.99), ("%s", S("s"))]:
    show(fmt % args)
for fmt, args in [("%d", "x"), ("%x", 1.5), ("%c", -1), ("%s %s", (1,)), ("%d", (1, 2))]:
    try:
        fmt % args
    except (TypeError, ValueError, OverflowError) as err:
        print(type(err).__name__, err)

# str(x)
for v in [0, 7, -7, 10 ** 18, -(10 ** 18), 2 ** 62, 2 ** 64, -(2 ** 100), "s", "é", S("sub"), I(3)]:
    show(str(v))
print(str(), str(b"ab", "ascii"), str(object=12), repr(str(b"x")))
