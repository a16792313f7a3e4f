# Exception raised inside a list comprehension.
label = "comprehension_error"
data = [4, 2, 0, 1]
print("inverting", data)
def invert(x):
    return 1 / x
safe = [invert(x) for x in data if x]
print(safe)
inverted = [10 // x for x in data]
print(inverted)
