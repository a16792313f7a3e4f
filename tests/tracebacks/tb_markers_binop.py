def compute(a, b, c):
    return a + b * c["key"]
compute(1, 2, {"key": "x"})
