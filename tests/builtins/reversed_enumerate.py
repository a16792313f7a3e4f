print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(4))))
print("".join(reversed("hello")), list(reversed({"a": 1, "b": 2})))
r = reversed([1, 2])
print(next(r), next(r), next(r, "end"))
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)))
print(list(enumerate(["x", "y"], start=10)), list(enumerate(range(3), -1)))
for i, (a, b) in enumerate(zip("ab", "cd")):
    print(i, a, b)
e = enumerate("xy")
print(next(e), next(e))
try:
    reversed(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
