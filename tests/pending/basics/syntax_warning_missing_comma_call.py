def f():
    return [
        ("a", 1)
        ("b", 2)
    ]
try:
    f()
except TypeError as e:
    print(e)
