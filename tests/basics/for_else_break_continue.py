for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for i in range(10):
    if i % 3:
        continue
    print("mult of 3:", i)
for i in range(3):
    for j in range(3):
        if j == i:
            break
        print(i, j)
for x in []:
    pass
else:
    print("else on empty")
