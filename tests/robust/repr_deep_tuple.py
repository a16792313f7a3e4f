# taipan-test: skip-gcstress (100000-deep data: collecting at every allocation is quadratic)
# repr of a 100000-deep nested tuple must raise RecursionError
t = ()
for i in range(100000):
    t = (t,)
try:
    s = "%s" % (t,)
except RecursionError as e:
    print("RecursionError:", e)
