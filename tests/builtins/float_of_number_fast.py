# float(x) of a small int or a float takes a short path in float.__new__: same results as the
# general one for bools, boundaries, NaN identity, -0.0 and subclasses.
import math

class F(float):
    pass

vals = [0, -0.0, 1, -7, 2**47 - 1, -2**47, 2**53 + 1, 2**63, True, False, 1.5, math.inf,
        -math.inf, "2.5", b"3"]
for v in vals:
    r = float(v)
    print(repr(v), repr(r), type(r).__name__, math.copysign(1.0, r))
nan = float("nan")
print(float(nan) is nan, math.isnan(float(nan)))
print(repr(F(3)), type(F(3)).__name__, repr(F(2.5)), type(F(2.5)).__name__)
print(float(), float(x=1) if False else "no kw")
try:
    float(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    float(x=1)
except TypeError as e:
    print("TypeError", e)
print(sum(float(i % 101) for i in range(1000)))

def conversions():
    out = []
    for v in [0, -3, 2**47 - 1, -2**47, 2**47, 1.25, -0.0, True]:
        for _ in range(12):   # warm: the direct path of the CALL
            a, b, c = float(v), int(v), str(v)
        out.append((repr(a), repr(b), c))
    return out

print(conversions())
