pairs = [(1, "a"), ("a", 1), ([], {}), (None, None), ((1,), [1]), (1.5, "x"), ({1}, 1), (1j, 1j)]
for a, b in pairs:
    try:
        print(repr(a), "<", repr(b), a < b)
    except TypeError as e:
        print(type(e).__name__, e)
for a, b in [(1, "a"), (None, 0), ([1], (1,)), ({}, {})]:
    print(repr(a), "==", repr(b), a == b, a != b)
try:
    None >= 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1: 2} > {1: 2}
except TypeError as e:
    print(type(e).__name__, e)
