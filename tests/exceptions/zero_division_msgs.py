cases = [
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0),
    lambda: 1.0 / 0, lambda: 1.0 // 0, lambda: 1.0 % 0.0, lambda: divmod(1.0, 0),
    lambda: 0 ** -1, lambda: 0.0 ** -1, lambda: (2 ** 100) // 0, lambda: (2 ** 100) % 0,
    lambda: pow(0, -2), lambda: 5 / False,
]
for c in cases:
    try:
        c()
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
print(issubclass(ZeroDivisionError, ArithmeticError))
