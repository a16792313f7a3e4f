print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(-2 ** 100), abs(3 + 4j), abs(True))
print(min(3, 1, 2), max(3, 1, 2), min([5, 9]), max("hello"), min("b", "a"))
print(max([1, 5, 3], key=lambda x: -x), min(["aaa", "b", "cc"], key=len))
print(max([], default="empty"), min([], default=None), max([2], default=0))
print(max([(1, "b"), (1, "a")]), min([[2], [1, 9]]))
print(max(1, 2.5, True), min(-1, -1.0), max(-0.0, 0))
print(max(["b", "a", "b"], key=lambda s: s == "b"))
words = ["apple", "fig", "banana", "kiwi"]
print(max(words, key=len), min(words, key=len))
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    min()
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
