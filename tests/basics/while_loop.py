i = 0
total = 0
while i < 10:
    total += i
    i += 1
print(i, total)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
k = 0
while True:
    k += 1
    if k == 3:
        continue
    if k > 5:
        break
    print("k", k)
while 0:
    print("never")
print("done")
