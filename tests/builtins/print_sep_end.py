print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("no newline", end="")
print(" <- continued")
print("x", end="!\n")
print()
print("", "")
print(1, 2.5, None, True, [1], "s", sep="|")
print("multi", "end", sep="-", end=".\n")
print(*range(5))
print(*[], sep="x")
print("sep None", "ok", sep=None, end=None)
print("tab", "sep", sep="\t")
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)
