# CPython's argument-clinic errors name None as "None", not "NoneType".
tests = [
    lambda: "x".replace(None, ""),
    lambda: "x".removeprefix(None),
    lambda: "x".removesuffix(None),
    lambda: "x".encode(None),
    lambda: bytes.fromhex(None),
    lambda: format(1, None),
    lambda: "x".split(1),
    lambda: "x".count(None),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
