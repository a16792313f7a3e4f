# taipan-test: skip-gcstress (100000-deep data: collecting at every allocation is quadratic)
# isinstance/issubclass with a 100000-deep nested tuple of classes must raise RecursionError
t = int
for i in range(100000):
    t = (t,)
try:
    print(isinstance(1, t))
except RecursionError as e:
    print("RecursionError:", e)
try:
    print(issubclass(bool, t))
except RecursionError as e:
    print("RecursionError:", e)
