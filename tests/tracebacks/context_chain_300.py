# An uncaught exception with a 300-long __context__ chain: CPython prints all of it (each link is
# one level of recursion depth; only chains near the recursion limit are cut).
e = None
for i in range(300):
    x = ValueError(i)
    x.__context__ = e
    e = x
raise e
