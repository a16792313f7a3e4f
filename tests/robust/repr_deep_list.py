# taipan-test: skip-gcstress (100000-deep data: collecting at every allocation is quadratic)
# repr/str of a 100000-deep nested list must raise RecursionError, not overflow the C stack
l = []
for i in range(100000):
    l = [l]
try:
    repr(l)
except RecursionError as e:
    print("RecursionError:", e)
try:
    print(l)
except RecursionError as e:
    print("RecursionError:", e)
