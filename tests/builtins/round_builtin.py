print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5), round(-2.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(3.14159, 3))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(5), round(-7), round(2 ** 80 + 1, -5), type(round(5, 2)).__name__, type(round(2.5)).__name__)
print(round(1e20), round(1.23456789e10, 3), round(0.1 + 0.2, 15), round(-0.0), round(-0.4))
print(round(2.5, 0), round(-2.5, 0), round(0.05, 1), round(0.15, 1), round(0.25, 1), round(0.35, 1))
print(round(123, None), round(1.7, None), round(True))
try:
    round("1")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
