print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(0, 3))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(2 ** 70, 7), divmod(-(2 ** 70), 7))
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-2, 3), pow(0, 0), pow(-1, 0.5) == pow(-1, 0.5) or True)
print(pow(3, 4, 5), pow(2, 100, 1000000007), pow(-3, 3, 7), pow(3, -1, 7), pow(2, -2, 5), pow(7, 0, 1))
print(pow(10, 20), pow(2, 0.5), pow(4, -0.5), pow(base=2, exp=5), pow(2, 5, mod=3))
print(pow(38, -1, 97) * 38 % 97, pow(123456789, 987654321, 10 ** 9 + 7))
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    divmod("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(5, 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
