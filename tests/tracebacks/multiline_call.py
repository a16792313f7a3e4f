# A failing call spread across several lines.
def combine(a, b, c):
    return a + b + c
print(combine(1, 2, 3))
result = combine(
    "x",
    "y",
    3,
)
print(result)
