# CPython raises RecursionError for repr() of a 5000-deep list; taipan returns a string.
l = []
for i in range(5000):
    l = [l]
try:
    print(len(repr(l)))
except RecursionError as e:
    print("RecursionError", e)
d = {}
for i in range(5000):
    d = {"k": d}
try:
    print(len(str(d)))
except RecursionError as e:
    print("RecursionError", e)
