print([i for i in range(10, 0, -3)])
for i in range(3, 0, -1):
    print("countdown", i)
total = 0
for i in range(1, 11):
    if i % 2 == 0:
        continue
    total += i
print("odd sum", total)
pairs = [(a, b) for a in range(1, 5) for b in range(a, 5) if a * b == 4]
print(pairs)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
print([[row[i] for row in matrix] for i in range(3)])
acc = []
for a, b in zip("abc", range(3)):
    acc.append(a * b)
print(acc)
for i, ch in enumerate("xyz", start=1):
    print(i, ch, end="; ")
print()
for _ in range(2):
    for _ in range(2):
        print("*", end="")
print()
