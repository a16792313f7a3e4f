# huge widths/precisions in format(), str.format, f-strings and %: CPython's errors, at once
import sys
tests = ['"{:.{}f}".format(1.5, 2**40)', '"%.*f" % (2**40, 1.0)', 'format(1.5, ".1099511627776f")', 'format(1, ".1099511627776d")', 'format(1, ",.1099511627776f")', '"%.1099511627776d" % 1', 'format("a", ".1099511627776")', 'format("a", "1099511627776")', 'format(1.5, "1099511627776")', 'format(1+2j, "1099511627776")', 'format(10, "099999999999999999999")', '"%099999999999999999999d" % 1', 'format(1.5, "1099511627776e")', '"{:1099511627776}".format("a")', '"{0:{1}}".format(2**70, 2**40)', 'f"{1:{2**40}}"', '"%*s" % (2**62, "a")', '"%-*d" % (2**40, 1)', '"%s" % (2**40 * "a")[:0]', 'str(10**5000)[:5]', 'repr(-10**5000)[:5]', 'int("1"*5000)', '"%d" % 10**5000', 'format(10**5000, "x")[:5]', 'f"{10**5000}"']
for t in tests:
    try:
        r = eval(t)
        print(t, "ok", len(r) if hasattr(r, "__len__") else r)
    except (MemoryError, OverflowError, ValueError) as e:
        print(t, type(e).__name__, e)
