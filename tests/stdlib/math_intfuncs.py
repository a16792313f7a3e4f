# math integer functions with big ints, and the __floor__/__ceil__/__trunc__/__float__/__index__ hooks
import math

print([math.factorial(n) for n in range(0, 25)])
f1000 = math.factorial(1000)
print(len(str(f1000)), f1000 % (10 ** 30 + 7), math.factorial(True), math.factorial(False))
print(math.factorial(3000) == math.prod(range(1, 3001)))
print(math.isqrt(0), math.isqrt(1), math.isqrt(3), math.isqrt(4), math.isqrt(2 ** 64 - 1), math.isqrt(2 ** 64))
n = 10 ** 200 + 12345
r = math.isqrt(n)
print(r, r * r <= n < (r + 1) * (r + 1), math.isqrt(r * r), math.isqrt(r * r - 1) == r - 1)
print(math.gcd(), math.gcd(0), math.gcd(-5), math.gcd(0, 0, 0), math.gcd(12, -18, 30), math.gcd(True, 4))
print(math.gcd(2 ** 200 * 3 ** 5, 2 ** 150 * 3 ** 7 * 5), math.gcd(-(10 ** 40), 10 ** 30 * 7))
print(math.lcm(), math.lcm(0), math.lcm(-7), math.lcm(0, 5), math.lcm(4, 6, 10), math.lcm(-4, -6))
print(math.lcm(2 ** 100, 3 ** 50, 6), math.lcm(*range(1, 40)))
print([math.comb(10, k) for k in range(12)], math.comb(0, 0), math.comb(5, 7), math.comb(True, True))
print(math.comb(1000, 500) % 10 ** 20, math.comb(10 ** 30, 3), math.comb(10 ** 30, 10 ** 30 - 2))
print([math.perm(6, k) for k in range(8)], math.perm(6), math.perm(6, None), math.perm(0), math.perm(10 ** 20, 3))
print(math.perm(2 ** 64, 2), math.perm(3, 2 ** 70), math.comb(3, 2 ** 70))
print(math.floor(2 ** 100), math.ceil(-(2 ** 100)), math.trunc(10 ** 50), math.floor(-7), math.ceil(True))
print(math.floor(1e300) == 10 ** 300, math.floor(1e300), math.ceil(-1.5e20), math.trunc(-1e22))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5), math.floor(2.0 ** 52 + 0.5), math.ceil(4503599627370495.5))
print(type(math.floor(1.5)), type(math.ceil(True)), type(math.trunc(False)), type(math.floor(10 ** 30)))


class Num:
    def __init__(self, v):
        self.v = v

    def __floor__(self):
        return "floor!"

    def __ceil__(self):
        return ("ceil", self.v)

    def __trunc__(self):
        return self.v * 2


class F:
    def __float__(self):
        return 2.25


class I:
    def __index__(self):
        return 7


class BadF:
    def __float__(self):
        return 1


class MyInt(int):
    def __floor__(self):
        return "myfloor"


class MyFloat(float):
    pass


print(math.floor(Num(3)), math.ceil(Num(3)), math.trunc(Num(3)))
print(math.floor(F()), math.ceil(F()), math.sqrt(F()), math.isfinite(F()), math.fsum([F(), F()]))
print(math.floor(I()), math.sqrt(I()), math.factorial(I()), math.gcd(I(), 21), math.isqrt(I()), math.comb(I(), 2))
print(math.ldexp(F(), 3), math.log(I()), math.log2(F()), math.hypot(F(), I()))
print(math.floor(MyInt(5)), math.ceil(MyInt(5)), math.trunc(MyInt(5)), type(math.ceil(MyInt(5))))
print(math.floor(MyFloat(2.5)), math.trunc(MyFloat(-2.5)), math.sqrt(MyFloat(6.25)), math.log(MyInt(8), MyInt(2)))
print(math.factorial(MyInt(5)), math.gcd(MyInt(6), MyInt(4)), math.isqrt(MyInt(17)))
for f, a in [(math.trunc, F()), (math.trunc, I()), (math.sqrt, BadF()), (math.floor, BadF()),
             (math.factorial, F()), (math.gcd, F()), (math.ldexp, (1.0, I()))]:
    try:
        print(f(*a) if isinstance(a, tuple) else f(a))
    except Exception as e:
        print(type(e).__name__, e)

# prod
print(math.prod([]), math.prod([], start=5), math.prod(range(1, 11)), math.prod([2.5, 4]), math.prod([2, 0.5]))
print(math.prod([1, 2], start=0.5), math.prod(x for x in [3, 4, 5]), math.prod([True, True]), math.prod([True], start=True))
print(math.prod(["ab"], start=1), math.prod([3], start="ab"), math.prod([[1]] * 1, start=3), math.prod([], start=None))
print(math.prod([10 ** 20] * 5), math.prod(range(-3, 0)), math.prod([2] * 100, start=-1))
print(math.prod([1j, 1j]), math.prod([0.1] * 3), math.prod(iter([7])))

# log of huge ints is computed from the bit length, not by converting to float
for k in (308, 309, 400, 1000, 5000):
    v = 10 ** k
    print(k, math.log10(v), math.log(v), math.log2(v), math.log(v, 10), math.log(v, 2 ** 2000), math.log1p(10 ** 300))
print(math.log(2 ** 1024), math.log2(2 ** 1024), math.log2(2 ** 1024 - 1), math.log2(2 ** 5000 + 1), math.log10(True))
print(math.log(MyInt(10 ** 400)), math.log(10 ** 400, MyInt(10)))


# an int subclass's own __float__ is used where a float is needed (not by log, floor, ldexp)
class K(int):
    def __float__(self):
        return 9.0


class BadK(int):
    def __float__(self):
        return 9


class G(float):
    def __float__(self):
        return 9.0


print(math.sqrt(K(4)), math.sqrt(G(4)), math.log(K(4)), math.fsum([K(4)]), math.hypot(K(4)))
print(math.isclose(K(4), 9), math.floor(K(4)), math.ldexp(K(1), 1), math.pow(K(4), 0.5))
try:
    math.sqrt(BadK(4))
except TypeError as e:
    print(e)
