f = 1
for i in range(1, 51):
    f *= i
print(f)
print(len(str(f)))
t = f
zeros = 0
while t % 10 == 0:
    t //= 10
    zeros += 1
print("trailing zeros", zeros)
g = f
for i in range(50, 0, -1):
    g //= i
print(g)
print(f % 1000000007)
print(f // (2 ** 100))
print(sum(int(c) for c in str(f)))
