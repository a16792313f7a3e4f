print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted("cba"), sorted({3: 0, 1: 0}))
print(sorted(["bb", "a", "ccc"], key=len), sorted(["bb", "a", "ccc"], key=len, reverse=True))
data = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted([-3, 2, -1], key=abs), sorted([1.5, -2, 0]))
print(sorted(range(10), key=lambda n: (n % 3, -n)))
orig = [3, 2, 1]
new = sorted(orig)
print(orig, new, new is orig)
print(sorted([], reverse=True), sorted((x for x in [2, 1])))
stable = sorted(["B", "a", "A", "b"], key=str.lower)
print(stable)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted(5)
except TypeError as e:
    print(type(e).__name__, e)
