import math
print(math.sin(0), math.cos(0), math.tan(0))
print(round(math.sin(math.pi / 2), 12), round(math.cos(math.pi), 12))
print(math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.asin(1), math.acos(1), math.atan(1))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1))
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.floor(3.999), math.ceil(3.001), type(math.floor(1.5)).__name__)
print(math.dist((0, 0), (3, 4)), math.sinh(0), math.cosh(0))
try:
    math.log(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.factorial(-1)
except ValueError as e:
    print(type(e).__name__, e)
