# taipan-test: skip-gcstress (100000-deep data: collecting at every allocation is quadratic)
# repr of a 100000-deep nested frozenset must raise RecursionError
s = frozenset()
for i in range(100000):
    s = frozenset([s])
try:
    str(s)
except RecursionError as e:
    print("RecursionError:", e)
