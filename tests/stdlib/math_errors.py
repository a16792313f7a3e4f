# math: argument-count, keyword, type, domain and range errors (messages as CPython 3.11)
import math


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, f"{type(e).__name__}: {e}")
    else:
        print(label, repr(r))


names = sorted(n for n in dir(math) if not n.startswith("_") and callable(getattr(math, n)))
print(len(names), names)
print([n for n in dir(math) if not callable(getattr(math, n)) and not n.startswith("_")])
for n in names:
    f = getattr(math, n)
    show(n + "()", f)
    show(n + "(1,2,3)", f, 1, 2, 3)
    show(n + "(x=1)", f, 1, x=1)
    show(n + "('a')", f, "a")
    show(n + "('a','b')", f, "a", "b")
    show(n + "(None, 1)", f, None, 1)
    show(n + "(1, None)", f, 1, None)
    show(n + "(2**1100)", f, 2 ** 1100)
    show(n + "(-2**1100)", f, -2 ** 1100)
    show(n + "(1.5)", f, 1.5)
    show(n + "(-1)", f, -1)

# domain and range errors
for expr in ["math.sqrt(-1)", "math.sqrt(-1e-300)", "math.log(0)", "math.log(-1.5)", "math.log(0.0)",
             "math.log(1, 0)", "math.log(10, 1)", "math.log(10, 1.0)", "math.log(0, 10)", "math.log(2, -2)",
             "math.log2(0)", "math.log10(-10)", "math.log1p(-1)", "math.log1p(-2)", "math.exp(710)",
             "math.exp(-1e10)", "math.exp2(1024)", "math.expm1(710)", "math.cosh(711)", "math.sinh(-711)",
             "math.acos(1.0000001)", "math.asin(-2)", "math.atanh(-1)", "math.acosh(0.5)",
             "math.cos(math.inf)", "math.sin(-math.inf)", "math.tan(math.inf)", "math.gamma(0.0)",
             "math.gamma(-0.0)", "math.gamma(-3)", "math.gamma(-math.inf)", "math.gamma(171.7)",
             "math.gamma(5e-324)", "math.gamma(-5e-324)", "math.lgamma(-2)", "math.lgamma(0)",
             "math.lgamma(2.5e305)", "math.pow(0, -1)", "math.pow(-0.0, -3)", "math.pow(-8, 1/3)",
             "math.pow(2, 1024)", "math.pow(-2, 1025)", "math.fmod(1, 0)", "math.fmod(math.inf, 2)",
             "math.remainder(1, 0)", "math.remainder(-math.inf, 1)", "math.ldexp(1.0, 1024)",
             "math.ldexp(-1.0, 10**100)", "math.ldexp(1, 2.0)", "math.ldexp('x', 2.0)", "math.ldexp(1, None)",
             "math.floor(math.nan)", "math.ceil(math.inf)", "math.trunc(-math.inf)", "math.floor(-math.inf)",
             "math.isqrt(-1)", "math.isqrt(-10**50)", "math.factorial(-1)", "math.factorial(-10**30)",
             "math.factorial(10**30)", "math.factorial(2**63)", "math.factorial(5.0)", "math.factorial('5')",
             "math.comb(-1, 1)", "math.comb(1, -1)", "math.comb(-1, -1)", "math.comb(1.0, 1)",
             "math.comb(2**64, 2**63)", "math.comb(2**64, 3)", "math.perm(-1)", "math.perm(-3, 1)",
             "math.perm(3, -1)", "math.perm(2**64, 2**63 + 1)", "math.perm(5, 2**64)", "math.perm(5, 2.0)",
             "math.gcd(1, 2.0)", "math.gcd('a')", "math.lcm(4, 6.0)", "math.hypot(1, 'a')",
             "math.hypot(2**1100)", "math.dist((1, 2), (1,))", "math.dist(1, (1,))", "math.dist((1,), 1)",
             "math.dist([1, 'x'], [1, 2])", "math.dist((2**1100,), (0,))", "math.fsum([1, 'a'])",
             "math.fsum(5)", "math.fsum([2**1100])", "math.prod(5)", "math.prod([1, 'a'])",
             "math.prod(['a', 3])", "math.prod([], start='s')", "math.prod([2], start=[1])",
             "math.isclose(1, 2, rel_tol=-0.1)", "math.isclose(1, 2, abs_tol=-1)",
             "math.isclose(1, 2, rel_tol='x')", "math.isclose('a', 2)", "math.isclose(1, 'b')",
             "math.isclose(1)", "math.isclose()", "math.isclose(1, 2, 3)", "math.isclose(1, 2, 3, 4, 5)",
             "math.isclose(1, 2, foo=1)", "math.isclose(1, a=1)", "math.isclose(b=1, a=1)",
             "math.isclose(1, b=1, rel_tol=0.5, abs_tol=2, x=3)", "math.prod()", "math.prod([], [])",
             "math.prod([], start=1, end=2)", "math.prod([], end=2)", "math.prod(iterable=[])",
             "math.log(1, 2, x=3)", "math.trunc('a')", "math.trunc(None)", "math.floor([])",
             "math.ceil('1')", "math.frexp(None)", "math.modf([])", "math.copysign('a', 1)",
             "math.nextafter(1, 'x')", "math.ulp(None)", "math.sqrt(1j)", "math.exp(b'')"]:
    show(expr, lambda: eval(expr))
