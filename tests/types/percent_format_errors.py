for fmt, args in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(k)s", 5), ("%(k)s", {}),
                  ("%c", 1234567890), ("%c", "ab"), ("%s %s", 1), ("%x", 1.5)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
print("%s" % [1, 2], "%s" % ((1, 2),))
print("%-6s|%6s|" % ("ab", "cd"))
print(b"%d %s" % (5, b"x"))
print("%5s|%-5s|" % ("a", "b"))
print("%3d%%" % 7, "%c%c" % ("o", 107))
