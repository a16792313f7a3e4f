print(float(), float(1), float("1.5"), float(" -2.5e3 "), float("inf"), float("-Infinity"), float("nan"))
print(float("+1E2"), float(".5"), float("5."), float("1_0.5"), float(2 ** 53 + 1), float(True))
print(float("infinity") == float("inf"), float("-inf") < 0)
nan = float("nan")
print(nan != nan, str(nan), repr(-nan), str(float("-nan")))
print(float("0.1") + float("0.2"), float("1e-320"), float("1e309"))
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
print(float(F()), float(I()))
for bad in ["1.5.5", "abc", "", "1e", "nan1", " ", "0x1p3", "i nf"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float([1])
except TypeError as e:
    print(type(e).__name__, e)
