cases = [
    lambda: [1][1], lambda: (1,)[2], lambda: "ab"[9], lambda: [][-1], lambda: range(3)[3],
    lambda: b"x"[5], lambda: bytearray(1)[3], lambda: [].pop(), lambda: [1].pop(4),
    lambda: {}["key"], lambda: {1: 2}[3], lambda: {}[(1, "a")], lambda: set().pop(),
    lambda: {}.pop(0), lambda: {}.popitem(), lambda: [1, 2].insert(0) ,
]
for c in cases:
    try:
        c()
    except (IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
l = [1, 2, 3]
try:
    l[10] = 5
except IndexError as e:
    print(type(e).__name__, e)
try:
    del l[10]
except IndexError as e:
    print(type(e).__name__, e)
