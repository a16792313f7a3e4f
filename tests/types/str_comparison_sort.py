words = ["b", "a", "B", "A", "aa", "", "ab", "Z", "z", "1", " "]
print(sorted(words))
print(sorted(words, reverse=True))
print(min(words), max(words))
print("apple" < "banana", "apple" < "Apple", "a" * 3 < "a" * 4)
print("é" > "z", "ä" < "b")
print(sorted(["item10", "item2", "item1"]))
print(sorted(["b", "a"], key=lambda s: -ord(s)))
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
