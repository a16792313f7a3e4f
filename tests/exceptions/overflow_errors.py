cases = [
    lambda: 2.0 ** 10000, lambda: float(10 ** 400), lambda: 10 ** 400 / 1.0, lambda: int(float("inf")),
    lambda: "x" * (2 ** 63), lambda: [0] * (2 ** 63),
    lambda: round(float("inf")), lambda: round(float("nan")),
]
for c in cases:
    try:
        c()
        print("no error")
    except (OverflowError, ValueError, MemoryError) as e:
        print(type(e).__name__, e)
print(1e308 * 10, 2 ** 1024 > 1e308)
