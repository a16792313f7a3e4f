# taipan-test: skip-gcstress (100000-deep data: collecting at every allocation is quadratic)
# repr of a 100000-deep nested dict must raise RecursionError
d = {}
for i in range(100000):
    d = {1: d}
try:
    s = f"{d}"
except RecursionError as e:
    print("RecursionError:", e)
