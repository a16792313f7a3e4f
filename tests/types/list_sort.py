words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
pairs.sort()
print(pairs)
pairs.sort(key=lambda p: p[1])
print(pairs)
data = [("x", 3), ("y", 1), ("z", 3), ("w", 2)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
nums = [5, -3, 2, -8, 0]
nums.sort(key=abs)
print(nums)
print(sorted([3.5, 1, 2.25, -1]), sorted("hello"), sorted([]), sorted((3, 1, 2)))
print(sorted([[2, 1], [1, 2], [1]]))
l = [3, 1, 2]
print(l.sort(), l)
