print(2 ** 64)
print(2 ** 200)
print(-(2 ** 100))
print(3 ** 100)
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63))
print(10 ** 30 + 1)
print((2 ** 100) // (2 ** 50), 2 ** 100 % 1000007)
print(2 ** 100 * 3 ** 50)
print((1 << 128) - 1)
print(int("9" * 40) + 1)
x = 1
for i in range(100):
    x *= 7
print(x)
print(x % 1000, x // 7 ** 99)
print(2 ** 1000 // 2 ** 999)
print(len(str(2 ** 1000)))
