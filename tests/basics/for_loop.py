for i in range(5):
    print(i, end=" ")
print()
for ch in "hey":
    print(ch)
for k in {"a": 1, "b": 2}:
    print(k)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for i, (x, y) in enumerate([("p", "q"), ("r", "s")]):
    print(i, x, y)
total = 0
for x in range(1, 101):
    total += x
print(total)
for x in []:
    print("never")
print(x)
for i in range(3):
    pass
print("i after loop", i)
