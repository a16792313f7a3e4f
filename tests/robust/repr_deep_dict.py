# repr of a 100000-deep nested dict must raise RecursionError
d = {}
for i in range(100000):
    d = {1: d}
try:
    s = f"{d}"
except RecursionError as e:
    print("RecursionError:", e)
