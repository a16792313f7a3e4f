def src():
    print("src evaluated")
    return [1, 2]
g = (x for x in src())
print("after creation")
print(list(g))
try:
    g2 = (x for x in 5)
except TypeError as e:
    print("TypeError at creation", e)
g3 = (1 / 0 for _ in range(1))
print("lazy body")
try:
    next(g3)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
g4 = (y for x in [1] for y in 5)
try:
    next(g4)
except TypeError as e:
    print("TypeError", e)
x = 10
g5 = (x for _ in range(2))
x = 20
print(list(g5))
print(sum(i * i for i in range(10)))
print(list((a, b) for a in range(3) for b in range(a)))
print({k: v for k, v in zip("ab", (1, 2))}, {c for c in "aa"})
