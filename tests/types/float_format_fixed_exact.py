# Fixed-precision float formatting ('f', '%f', f-strings): exactly representable scaled values
# (a fast path) and everything else must print as CPython does, ties to even included.
vals = [0.0, -0.0, 0.5, -0.5, 1.5, 2.5, -2.5, 0.125, 0.375, -0.125, 2.675, 1.005, 0.045,
        3.5, 12345.678, 1e15, 1e15 + 0.5, 4503599627370495.5, 9007199254740991.0,
        9007199254740992.0, 1e16, 1e22, 1e-5, 5e-324, -1e-300, 123456789.125, 0.1, 0.7,
        1 / 3, -2 / 3, 255.255, 1e300, -1.25e-7, 0.0625, 99.995, 99.985, 1.45, 1.55]
out = []
for v in vals:
    for p in (0, 1, 2, 3, 5, 10, 15, 16, 20):
        out.append(f"{v:.{p}f}")
        out.append("%.*f" % (p, v))
    out.append(format(v, "f"))
    out.append(format(v, "10.2f") + "|" + format(v, "+.1f") + "|" + format(v, "z.2f"))
    out.append(format(v, ",.2f") + "|" + format(v, "_.3f") + "|" + format(v, "#.0f"))
print(len(out))
print("\n".join(out))
# halves and quarters across a range (the benchmark's i * 3.5 pattern), checked by digits
acc = 0
for i in range(-3000, 3000):
    x = i * 0.375
    s = f"{x:10.2f}" + "%.1f" % x + format(x, ".0f")
    acc = (acc * 31 + sum(map(ord, s))) % 1000000007
print(acc)
print(f"{2.5:.0f} {3.5:.0f} {0.25:.1f} {0.35:.1f} {-0.25:.1f} {-0.5:.0f} {1e-20:.2f} {-1e-20:.2f}")
print("%.2f %.3f %F" % (float("inf"), float("-inf"), float("nan")))
