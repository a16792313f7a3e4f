import math
f50 = math.factorial(50)
print(f50)
print(math.gcd(2 ** 100, 6 ** 50), math.isqrt(10 ** 40), math.isqrt(2 ** 101))
print(math.comb(100, 50), math.log2(2 ** 100), math.floor(1e20), math.ceil(-1e20))
print(math.gcd(), math.gcd(0, 0), math.gcd(-12, 8), math.lcm(), math.lcm(2 ** 70, 3))
print(math.prod(range(1, 21)) == math.factorial(20), math.trunc(1e15))
print(math.log(10 ** 100, 10), math.sqrt(10 ** 100))
try:
    math.isqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
