# list.index / tuple.index bounds must be ints (None is rejected).
for call in [lambda: [1, 2].index(2, None), lambda: (1, 2).index(2, 0, None), lambda: [1].index(1, "0")]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print([1, 2, 3].index(3, -1), [1, 2, 3].index(1, -10, 10), (1, 2).index(2, 1, 2))
