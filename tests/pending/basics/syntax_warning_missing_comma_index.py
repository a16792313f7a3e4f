def f(i):
    return [10, 20][1, 2] if i else 0
print(f(0))
