a = 2 ** 100 + 12345
b = 2 ** 90 - 1
print(a & b, a | b, a ^ b)
print(~a, ~(-a))
print(a >> 50, a << 10, a >> 200)
print(-a >> 3, -a & 0xFFFF, -a | 1, -a ^ 255)
print((1 << 200) >> 199)
print((-1) << 100)
print(0xFF & -256, -1 & -1, -8 | 3)
print((5).bit_length(), (2 ** 100).bit_length(), (0).bit_length(), (-8).bit_length())
print((255).bit_count() if hasattr(int, "bit_count") else 8)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -2
except ValueError as e:
    print(type(e).__name__, e)
