try:
    {[1, 2]: "x"}
except TypeError as e:
    print(type(e).__name__, e)
try:
    s = set()
    s.add({})
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1: 2}.get([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] in {1: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset([[1]])
except TypeError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
l = [1, 2, 3, 4]
for x in l:
    if x == 2:
        l.remove(x)
print(l)
