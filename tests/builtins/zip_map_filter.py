print(list(zip([1, 2, 3], "abc")), list(zip()), list(zip([1])), list(zip([1, 2], [3])))
print(list(zip(range(3), range(10, 13), "xyz")))
print(dict(zip("abc", range(3))))
pairs = [(1, "a"), (2, "b")]
nums, letters = zip(*pairs)
print(nums, letters)
print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(len, ["a", "bb"])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x > 1, [1, 2, 3])))
print(list(map(int, "123")), list(map(pow, [2, 3], [3, 2])))
m = map(abs, [-1, -2])
print(next(m), list(m), list(m))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    zip(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    map(abs)
except TypeError as e:
    print(type(e).__name__, e)
