vals = [0.1, 0.7, 1.1, 2.675, 1e-10, 123456.789, 1 / 7, 2 ** 0.5, 1e200, 4.9e-324]
for v in vals:
    r = repr(v)
    print(r, float(r) == v)
print(repr(0.1 * 7), repr(0.7 * 0.1))
print(str(1e15), str(1e16), str(-1e16), str(1.5e-5))
print(5e-5, 0.00012, 1234.5e10)
print(float("0.30000000000000004"))
print(float("%.17g" % 0.1))
print(1e21, 1e20, 999999999999999999999.0)
print(0.1 + 0.7, 0.3 - 0.1, 1.0 - 0.9)
