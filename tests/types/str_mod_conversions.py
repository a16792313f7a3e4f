# %-formatting: conversions parsed on the quick path ("%s") and the full one (flags, width,
# length modifiers: one is skipped, as CPython), errors for bad ones, str and bytes.
tests = [("%s", "x"), ("%y", 1), ("%hd", 5), ("%ld", 5), ("%Ld", 5), ("%lld", 5), ("%z", 1), ("%Z", 1), ("%", ()), ("%s%", "a"), ("%é", 1), ("%(a)s", {"a": 1}), ("%(a)d %s", {"a": 1}), ("%c", "x"), ("%a", "é"), ("%r", "x"), ("%b", 1), ("%s %s", ("a",)), ("%d", "x"), ("%%s", ()), ("%%%s", "z"), ("%i%u%o%x%X%e%E%f%F%g%G", (1, 2, 8, 255, 255, 1.5, 1.5, 2.5, 2.5, 1e-7, 1e20))]
for f, a in tests:
    try:
        print(repr(f % a))
    except Exception as e:
        print(type(e).__name__, e)
for f, a in [(b"%s", b"x"), (b"%y", 1), (b"%hd", 5), (b"%b", b"q"), (b"%r", 1)]:
    try:
        print(repr(f % a))
    except Exception as e:
        print(type(e).__name__, e)
