# taipan-test: skip-gcstress (slow there and tests arithmetic only)
# bit-exact results of the non-trivial algorithms: gamma/lgamma (Lanczos), hypot/dist (correctly
# rounded norms), fsum (exact), log of big ints, plus the libm wrappers on a spread of inputs
import math

seed = 12345


def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return (seed >> 11) / 2 ** 53


xs = [(rnd() - 0.5) * 60 for _ in range(300)] + [rnd() * 3 for _ in range(100)]
xs += [i / 8 for i in range(-60, 200)] + [170.5, 171.6, -170.5, -180.25, 1e-19, -3e-19, 0.75e-20]
xs += [23.0, 24.0, 22.0, 30.0, 100.0, 141.5, 139.5, 199.9, -199.9, -140.5]
for name in ("gamma", "lgamma"):
    f = getattr(math, name)
    out = []
    for x in xs:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, " ".join(out))

for name in ("erf", "erfc", "expm1", "log1p", "cbrt", "exp2", "sinh", "cosh", "tanh", "asinh",
             "atan", "sin", "cos", "tan", "exp"):
    f = getattr(math, name)
    out = []
    for x in xs[:120]:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, " ".join(out))

for _ in range(200):
    n = 2 + int(rnd() * 5)
    v = [(rnd() - 0.5) * 10 ** int(rnd() * 12 - 6) for _ in range(n)]
    w = [(rnd() - 0.5) * 20 for _ in range(n)]
    print(math.hypot(*v), math.dist(v, w), math.dist(tuple(w), iter(v)))
print(math.hypot(3, 4), math.hypot(1, 1, 1, 1), math.hypot(*range(100)), math.hypot(1e-320, 1e-320))
print(math.hypot(1e200, 1e-200), math.hypot(3e-310, 4e-310), math.dist([1, 2, 3], [4, 6, 3]))

for _ in range(200):
    v = [(rnd() - 0.5) * 10 ** int(rnd() * 40 - 20) for _ in range(1 + int(rnd() * 40))]
    print(math.fsum(v), math.fsum(v + [-x for x in v]), math.fsum(reversed(v)) == math.fsum(v))

for _ in range(60):
    k = int(rnd() * 1500) + 1
    v = int(rnd() * 2 ** 53) * 10 ** k + 1
    print(k, math.log(v), math.log2(v), math.log10(v), math.log(v, 3))
