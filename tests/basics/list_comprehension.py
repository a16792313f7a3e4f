print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([x if x % 2 else -x for x in range(6)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
words = ["apple", "Bob", "cat"]
print([w.upper() for w in words if len(w) > 2])
print([c for w in words for c in w if c in "aeiou"])
x = "outer"
r = [x for x in range(3)]
print(x, r)
print([i for i in range(10) if i > 2 if i < 7])
m = [[1, 2], [3, 4]]
print([row[i] for i in range(2) for row in m])
print([y for y in []])
