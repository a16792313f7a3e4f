# taipan-test: skip-gcstress (100000-deep data: collecting at every allocation is quadratic)
# hash of a 100000-deep nested tuple must not overflow the C stack (CPython hashes it; a
# RecursionError would also be acceptable, so it is swallowed here)
t = ()
for i in range(100000):
    t = (t,)
try:
    hash(t)
    d = {t: 1}
except RecursionError:
    pass
print("done")
