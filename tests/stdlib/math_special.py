# math functions on special values: nan, +-inf, +-0.0, huge/tiny finite, ints, bools
import math

inf = float("inf")
nan = float("nan")
specials = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 1e-310, -1e-310, 1e308, -1e308,
            710.0, -745.5, 1024.0, inf, -inf, nan, 3, -7, True, False, 10 ** 20]


def show(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    return repr(r)


unary = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "ceil", "cos", "cosh",
         "degrees", "erf", "erfc", "exp", "exp2", "expm1", "fabs", "floor", "frexp", "gamma",
         "isfinite", "isinf", "isnan", "lgamma", "log", "log10", "log1p", "log2", "modf",
         "radians", "sin", "sinh", "sqrt", "tan", "tanh", "trunc", "ulp"]
for name in unary:
    f = getattr(math, name)
    print(name, " ".join(show(f, x) for x in specials))

binary = ["atan2", "copysign", "fmod", "pow", "remainder", "nextafter", "log"]
pairs = [0.0, -0.0, 1.0, -1.0, 2.5, -3.0, inf, -inf, nan]
for name in binary:
    f = getattr(math, name)
    for x in pairs:
        print(name, repr(x), " ".join(show(f, x, y) for y in pairs))

# signs of zero survive
print(math.copysign(0.0, -1), math.copysign(-0.0, 1), math.copysign(5, -0.0))
print(math.copysign(1.0, -nan), math.copysign(1.0, nan))
print(math.fabs(-0.0), math.sqrt(-0.0), math.atan2(-0.0, -1.0), math.atan2(0.0, -1.0))
print(math.modf(-0.0), math.modf(-inf), math.modf(-2.5), math.frexp(-0.0))
print(math.fmod(-0.0, 1), math.fmod(-5, 3), math.fmod(5, -3), math.fmod(2, inf), math.fmod(-2, -inf))
print(math.remainder(5, 2), math.remainder(7, 2), math.remainder(-7, 2), math.remainder(3, inf))
print(math.pow(0.0, 0.0), math.pow(nan, 0), math.pow(1, nan), math.pow(-1, inf), math.pow(-inf, 3))
print(math.pow(-inf, -3), math.pow(-inf, 2), math.pow(-0.0, 3), math.pow(-8, 3), math.pow(2, -1074))
print(math.ldexp(1.0, 1023), math.ldexp(1.0, -1074), math.ldexp(1.0, -1075), math.ldexp(-0.0, 10 ** 30))
print(math.ldexp(inf, -10 ** 30), math.ldexp(nan, 5), math.ldexp(3, -10 ** 30), math.ldexp(-3, -10 ** 30))
print(math.ldexp(1.5, True), math.ldexp(2, -1))
print(math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0), math.nextafter(1.0, 2.0), math.nextafter(1.0, 1.0))
print(math.nextafter(inf, 0), math.nextafter(1e308 * 10, -inf), math.nextafter(nan, 1))
print(math.ulp(1.0), math.ulp(-1.0), math.ulp(0.0), math.ulp(1e308 * 1.7976931348623157 / 1e308), math.ulp(2 ** 52))
print(math.ulp(5e-324), math.ulp(inf), math.ulp(nan), math.ulp(-inf))
print(math.hypot(inf, nan), math.hypot(nan, -inf), math.hypot(nan, 1), math.hypot(-0.0), math.hypot())
print(math.hypot(1e308, 1e308), math.hypot(1.7e308, 1.7e308), math.hypot(5e-324, 5e-324), math.hypot(-3))
print(math.dist((inf,), (inf,)), math.dist((1, nan), (2, 3)), math.dist((), ()))
print(math.isclose(inf, inf), math.isclose(-inf, inf), math.isclose(nan, nan), math.isclose(0.0, -0.0))
print(math.isclose(1e-300, 0.0), math.isclose(1e-300, 0.0, abs_tol=1e-299), math.isclose(inf, 1e308, rel_tol=inf))
print(math.fsum([inf, 1.0]), math.fsum([-inf, -inf]), math.fsum([nan, inf]), math.fsum([1e308, inf, 1e308]))
print(math.fsum([1e308, -1e308, 1e308]), math.fsum([-0.0, -0.0]), math.fsum([1e-16, 1, 1e16]))
print(math.fsum([0.1] * 10), math.fsum([1, 2, 3]), math.fsum(x / 7 for x in range(100)))
print(math.fsum([2.0 ** 53, -0.5, -2.0 ** -54]), math.fsum([1.0, 1e100, 1.0, -1e100] * 1000))
for bad in ([1e308, 1e308], [-1e308, -1e308], [inf, -inf], [-inf, 1.0, inf], [nan, -inf, inf]):
    print(show(math.fsum, bad))
