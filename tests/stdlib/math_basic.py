import math
print(math.pi, math.e, math.tau)
print(math.sqrt(16), math.sqrt(2), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7))
print(math.factorial(20), math.gcd(12, 18), math.lcm(4, 6), math.isqrt(99))
print(math.fabs(-3), math.pow(2, 10), math.hypot(3, 4), math.copysign(1, -0.0))
print(math.isnan(float("nan")), math.isinf(float("inf")), math.isfinite(1.0), math.inf, -math.inf, math.nan)
print(math.log(math.e), math.log10(1000), math.log2(1024), math.log(8, 2), math.exp(0))
print(math.comb(5, 2), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10))
try:
    math.sqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
